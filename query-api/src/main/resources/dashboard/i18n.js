// Every string the dashboard shows, in Chinese and English, and how it picks a language and writes a time.
window.PULSE_STRINGS = {
  zh: {
    title: '社群脉搏',
    liveAlerts: '实时预警',
    alertsHint: '新预警和预警的每次更新会即时出现。点击预警查看所在群的活跃度。',
    noAlerts: '暂无预警。',
    activity: '群活跃度',
    group: '群',
    brand: '品牌',
    show: '查看',
    languageButton: 'English',
    connecting: '连接中…',
    live: '实时',
    reconnecting: '连接中断，重连中…',
    noToken: '缺少访问令牌：请用演示程序打印的链接（含 ?access_token=）打开本页。',
    badToken: '访问令牌无效或已失效。',
    loadFailed: '加载失败',
    severity: '严重度',
    members: '位成员',
    subject: '对象',
    kind_product: '商品',
    kind_aspect: '方面',
    firstSeen: '首次',
    lastSeen: '最近',
    revision: '第 {n} 版',
    evidence: '证据消息',
    cues: '负面线索',
    updated: '已更新',
    isNew: '新',
    type_negative_cascade: '负面连锁反应',
    type_clock_skew: '数据源时钟超前',
    state_open: '新发', state_growing: '扩大中', state_peaked: '见顶', state_quiet: '平息', state_ended: '已结束',
    state_superseded: '已被取代',
    incidents: '跨群事件',
    incidentsHint: '同一品牌关于同一商品或方面的各群预警合为一个事件：按到达顺序列出各群，并预测最终规模。',
    noIncidents: '暂无事件。',
    groupsReached: '已涉及 {n} 个群',
    forecast: '预计最终约 {likely} 人（{low}–{high}），{groups} 个群',
    spreadAfter: '{minutes} 分钟后扩散到第二个群',
    memberMessages: '成员消息',
    staffMessages: '员工消息',
    botMessages: '机器人消息',
    activityCaption: '群 {group} 每分钟消息数（{zone} {from} – {to}）',
    zone_beijing: '北京时间',
    zone_utc: 'UTC',
    zoneButtonTitle: '切换时区',
    noActivity: '群 {group} 暂无活跃数据。',
    pickGroup: '点击一条预警，或输入群 ID。',
    aspect_quality: '质量', aspect_allergy_safety: '过敏/安全', aspect_logistics: '物流',
    aspect_service: '服务', aspect_price: '价格', aspect_authenticity: '真伪', aspect_other: '其他'
  },
  en: {
    title: 'Community Pulse',
    liveAlerts: 'Live alerts',
    alertsHint: 'New alerts and every update of an alert appear as they happen. Click one to see its group\'s activity.',
    noAlerts: 'No alerts yet.',
    activity: 'Group activity',
    group: 'Group',
    brand: 'Brand',
    show: 'Show',
    languageButton: '中文',
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Disconnected, reconnecting…',
    noToken: 'No access token: open this page with the link the demo prints (it carries ?access_token=).',
    badToken: 'The access token is invalid or no longer accepted.',
    loadFailed: 'Loading failed',
    severity: 'Severity',
    members: 'members',
    subject: 'Subject',
    kind_product: 'product',
    kind_aspect: 'aspect',
    firstSeen: 'first',
    lastSeen: 'latest',
    revision: 'revision {n}',
    evidence: 'Evidence',
    cues: 'Negative cues',
    updated: 'updated',
    isNew: 'new',
    type_negative_cascade: 'Negative cascade',
    type_clock_skew: 'Producer clock ahead',
    state_open: 'open', state_growing: 'growing', state_peaked: 'peaked', state_quiet: 'quiet', state_ended: 'ended',
    state_superseded: 'superseded',
    incidents: 'Incidents across groups',
    incidentsHint: 'A brand\'s alerts about one product or aspect in several groups, as one incident: the groups in the order reached, and a forecast of its final size.',
    noIncidents: 'No incidents yet.',
    groupsReached: '{n} group(s) reached',
    forecast: 'likely {likely} members in the end ({low}–{high}), {groups} group(s)',
    spreadAfter: 'reached a second group after {minutes} min',
    memberMessages: 'Member messages',
    staffMessages: 'Staff messages',
    botMessages: 'Bot messages',
    activityCaption: 'Messages per minute in group {group} ({zone} {from} – {to})',
    zone_beijing: 'Beijing time',
    zone_utc: 'UTC',
    zoneButtonTitle: 'Switch time zone',
    noActivity: 'No activity recorded for group {group}.',
    pickGroup: 'Click an alert, or enter a group id.',
    aspect_quality: 'quality', aspect_allergy_safety: 'allergy/safety', aspect_logistics: 'logistics',
    aspect_service: 'service', aspect_price: 'price', aspect_authenticity: 'authenticity', aspect_other: 'other'
  }
};

window.PULSE_I18N = {
  // The users' zone first: China has one time zone and no daylight saving.
  zones: { beijing: 'Asia/Shanghai', utc: 'UTC' },

  // The first of the browser's preferred languages (navigator.languages) the dashboard has; else English.
  pickLanguage: function (preferred) {
    var found = (preferred || []).map(function (tag) { return String(tag).toLowerCase().split('-')[0]; })
      .filter(function (language) { return window.PULSE_STRINGS[language]; })[0];
    return found || 'en';
  },

  // An ISO-8601 instant as 'YYYY-MM-DD HH:mm:ss' in an IANA zone such as 'Asia/Shanghai'.
  formatTime: function (iso, timeZone) {
    if (!iso) { return ''; }
    var parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(iso)).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute + ':' + parts.second;
  }
};
