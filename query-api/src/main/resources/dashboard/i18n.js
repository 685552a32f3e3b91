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
    aspect_service: '服务', aspect_price: '价格', aspect_authenticity: '真伪', aspect_other: '其他',
    type_clock_skew: '时钟偏差', type_mass_exit: '集体退群', type_early_exits: '新人速退',
    type_dormant_group: '沉寂群', type_broadcast_only: '只有员工发言',
    kind_group: '群', kind_producer: '数据源',
    groupsTitle: '群健康',
    groupsHint: '品牌的群和各群最新一天的健康状况，默认活跃率最低的在前。点击表头排序，点击一行查看群详情。',
    col_group: '群', col_members: '成员', col_active_rate: '7日活跃率', col_senders: '当日发言',
    col_exits: '7日退出', col_early_exits: '入群24h内退群', col_staff_share: '员工消息占比',
    col_last_member: '最近成员消息', col_alerts: '预警',
    pageOf: '第 {page}/{pages} 页，共 {total} 个群', noGroups: '暂无群健康数据。',
    groupPageTitle: '群 {group}',
    groupPageCaption: '{members} 位成员，7日活跃率 {active}；每日数据 {from} 至 {to}（{zone}）',
    noHealth: '群 {group} 暂无健康数据。',
    chartMembers: '成员数', chartExits: '退出（退群+移出）', chartActiveRate: '7日活跃率 %',
    groupMembers: '群成员',
    rosterCaption: '群内共 {total} 人，近 7 天 {active} 位成员发过言；下面是最近发言的 {shown} 人。',
    col_member: '成员', col_role: '身份', col_joined: '入群时间', col_last_spoke: '最近发言',
    role_member: '成员', role_staff: '员工', role_bot: '机器人'
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
    aspect_service: 'service', aspect_price: 'price', aspect_authenticity: 'authenticity', aspect_other: 'other',
    type_clock_skew: 'Clock skew', type_mass_exit: 'Mass exit', type_early_exits: 'Early exits',
    type_dormant_group: 'Dormant group', type_broadcast_only: 'Broadcast only',
    kind_group: 'group', kind_producer: 'producer',
    groupsTitle: 'Group health',
    groupsHint: 'The brands\' groups and their latest day, the lowest active rate first. Click a heading to sort, a row to open the group.',
    col_group: 'Group', col_members: 'Members', col_active_rate: 'Active (7 d)', col_senders: 'Senders today',
    col_exits: 'Exits (7 d)', col_early_exits: 'Left within 24 h', col_staff_share: 'Staff share',
    col_last_member: 'Last member message', col_alerts: 'Alerts',
    pageOf: 'page {page} of {pages}, {total} groups', noGroups: 'No group health yet.',
    groupPageTitle: 'Group {group}',
    groupPageCaption: '{members} members, {active} active in 7 days; daily figures {from} to {to} ({zone})',
    noHealth: 'No health figures for group {group}.',
    chartMembers: 'Members', chartExits: 'Exits (left + removed)', chartActiveRate: 'Active rate %',
    groupMembers: 'Members',
    rosterCaption: '{total} people in the group, {active} members spoke in the last 7 days; the {shown} latest speakers below.',
    col_member: 'Member', col_role: 'Role', col_joined: 'Joined', col_last_spoke: 'Last spoke',
    role_member: 'member', role_staff: 'staff', role_bot: 'bot'
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
