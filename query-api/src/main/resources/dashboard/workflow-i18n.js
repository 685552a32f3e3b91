// The strings of the inbox and the alert page (inbox.js, alert.js), merged into PULSE_STRINGS.
(function () {
  'use strict';
  var add = {
    zh: {
      inbox: '预警收件箱', inboxHint: '按处理状态查看预警；新预警实时出现。确认表示有人在处理，解决表示已处理完毕。',
      status_open: '待处理', status_acked: '已确认', status_snoozed: '已暂缓', status_resolved: '已解决',
      ack: '确认', resolve: '解决', snooze: '暂缓 1 小时', reopen: '重新打开', comment: '备注', send: '提交',
      details: '详情', noInbox: '这里没有预警。', actionFailed: '操作失败', by: '处理人',
      alertPage: '预警详情', back: '返回看板', timeline: '证据时间线', minutesIn: '第 {n} 分钟',
      deliveries: '推送状态', channel: '渠道', attempts: '次尝试', noDeliveries: '尚无推送记录（未配置渠道，或未达到推送条件）。',
      audit: '处理记录', noActions: '尚无处理记录。', commentPlaceholder: '写下处理情况…', detectorState: '检测状态',
      workflowState: '处理状态', role: '角色', delivery_delivered: '已送达', delivery_retrying: '重试中', delivery_failed: '失败',
      action_ack: '确认', action_resolve: '解决', action_snooze: '暂缓', action_reopen: '重新打开', action_comment: '备注',
      until: '至', readOnly: '只读：此令牌不能处理该品牌的预警。'
    },
    en: {
      inbox: 'Alert inbox', inboxHint: 'Alerts by what operators did with them; new ones appear live. Acknowledge: someone is on it. Resolve: handled.',
      status_open: 'Open', status_acked: 'Acknowledged', status_snoozed: 'Snoozed', status_resolved: 'Resolved',
      ack: 'Acknowledge', resolve: 'Resolve', snooze: 'Snooze 1 h', reopen: 'Reopen', comment: 'Comment', send: 'Send',
      details: 'Details', noInbox: 'No alerts here.', actionFailed: 'Action failed', by: 'by',
      alertPage: 'Alert', back: 'Back to the dashboard', timeline: 'Evidence timeline', minutesIn: 'minute {n}',
      deliveries: 'Delivery', channel: 'Channel', attempts: 'attempt(s)', noDeliveries: 'Not delivered anywhere (no channel configured, or below the routes\' thresholds).',
      audit: 'Audit trail', noActions: 'No actions yet.', commentPlaceholder: 'What was done…', detectorState: 'Detector state',
      workflowState: 'Workflow', role: 'role', delivery_delivered: 'delivered', delivery_retrying: 'retrying', delivery_failed: 'failed',
      action_ack: 'acknowledged', action_resolve: 'resolved', action_snooze: 'snoozed', action_reopen: 'reopened', action_comment: 'commented',
      until: 'until', readOnly: 'Read only: this token may not act on this brand\'s alerts.'
    }
  };
  Object.keys(add).forEach(function (language) {
    Object.keys(add[language]).forEach(function (key) { window.PULSE_STRINGS[language][key] = add[language][key]; });
  });

  // What both pages share: the token, strings, requests and actions. Text goes in with textContent only.
  window.PULSE_WORKFLOW = {
    token: function () {
      var params = new URLSearchParams(location.search);
      var fromUrl = params.get('access_token');
      if (fromUrl) {
        sessionStorage.setItem('pulse.token', fromUrl);
        params.delete('access_token');
        var rest = params.toString();
        history.replaceState(null, '', location.pathname + (rest ? '?' + rest : ''));
      }
      return sessionStorage.getItem('pulse.token');
    },
    language: function () {
      var chosen = localStorage.getItem('pulse.lang');
      return chosen || window.PULSE_I18N.pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
    },
    t: function (key, values) {
      var strings = window.PULSE_STRINGS[this.language()] || window.PULSE_STRINGS.en;
      var text = strings[key] !== undefined ? strings[key] : (window.PULSE_STRINGS.en[key] !== undefined ? window.PULSE_STRINGS.en[key] : key);
      Object.keys(values || {}).forEach(function (name) { text = text.replace('{' + name + '}', values[name]); });
      return text;
    },
    el: function (tag, className, text) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = text; }
      return node;
    },
    request: function (method, path, body) {
      var options = { method: method, headers: { Authorization: 'Bearer ' + this.token() } };
      if (body !== undefined) { options.headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(body); }
      return fetch(path, options).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) { var error = new Error(json.error || response.statusText); error.status = response.status; throw error; }
          return json;
        });
      });
    },
    act: function (alertId, action, body) {
      return this.request('POST', '/api/alerts/' + encodeURIComponent(alertId) + '/' + action, body || {});
    },
    // the actions a role may take (GET /api/me gives the role per brand, '*' for all)
    roleFor: function (me, brand) {
      return me && me.roles ? (me.roles[brand] || me.roles['*'] || 'viewer') : 'viewer';
    },
    may: function (role, action) {
      var needs = { ack: 'operator', resolve: 'operator', snooze: 'operator', comment: 'operator', reopen: 'admin' };
      var rank = { viewer: 0, operator: 1, admin: 2 };
      return rank[role] >= rank[needs[action]];
    }
  };
})();
