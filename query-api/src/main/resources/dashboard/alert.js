// One alert's page: what it is, its evidence on a timeline, where it was delivered (per channel) and
// what operators did (the audit trail), with the actions the caller's role allows.
(function () {
  'use strict';
  var W = window.PULSE_WORKFLOW;
  var I18N = window.PULSE_I18N;
  var alertId = new URLSearchParams(location.search).get('id');
  var me = null;

  function time(iso) { return I18N.formatTime(iso, I18N.zones.beijing); }

  function notice(text) {
    var node = document.getElementById('notice');
    node.hidden = !text;
    node.textContent = text || '';
  }

  function load() {
    return W.request('GET', '/api/alerts/' + encodeURIComponent(alertId)).then(render)
      .catch(function (error) { notice(W.t('loadFailed') + ': ' + error.message); });
  }

  function render(alert) {
    document.title = W.t('alertPage') + ' ' + alert.alert_id;
    document.getElementById('page-title').textContent = W.t('alertPage');
    document.getElementById('back').textContent = W.t('back');
    var head = document.getElementById('alert-head');
    head.replaceChildren();
    var top = W.el('div', 'top');
    top.appendChild(W.el('span', 'badge severity', W.t('severity') + ' ' + alert.severity));
    top.appendChild(W.el('span', 'badge', W.t('type_' + alert.type)));
    top.appendChild(W.el('span', 'badge state', W.t('detectorState') + ': ' + W.t('state_' + alert.state)));
    top.appendChild(W.el('span', 'badge workflow', W.t('workflowState') + ': ' + W.t('status_' + alert.workflow.status)
      + (alert.workflow.snoozed_until ? ' ' + W.t('until') + ' ' + time(alert.workflow.snoozed_until) : '')));
    head.appendChild(top);
    head.appendChild(W.el('div', 'summary', alert.summary));
    var meta = W.el('div', 'meta');
    [W.t('brand') + ': ' + alert.brand_id, W.t('group') + ': ' + alert.group_id, W.t('subject') + ': ' + alert.subject,
      alert.distinct_members + ' ' + W.t('members'), W.t('revision', { n: alert.revision }), alert.alert_id]
      .forEach(function (text) { meta.appendChild(W.el('span', null, text)); });
    head.appendChild(meta);
    renderActions(alert);
    renderTimeline(alert);
    renderDeliveries(alert.deliveries || []);
    renderAudit(alert.actions || []);
  }

  function renderActions(alert) {
    var box = document.getElementById('alert-actions');
    box.replaceChildren();
    var role = W.roleFor(me, alert.brand_id);
    var status = alert.workflow.status;
    // what makes sense from where it stands: a resolved alert can only be reopened, an acknowledged one needs no second ack
    var offered = status === 'resolved' ? ['reopen'] : status === 'open' ? ['ack', 'resolve', 'snooze'] : ['resolve', 'snooze'];
    offered.filter(function (action) { return W.may(role, action); }).forEach(function (action) {
      var button = W.el('button', 'act ' + action, W.t(action));
      button.type = 'button';
      button.dataset.action = action;
      button.addEventListener('click', function () {
        button.disabled = true;
        W.act(alert.alert_id, action, action === 'snooze' ? { minutes: 60 } : {}).then(load)
          .catch(function (error) { notice(W.t('actionFailed') + ': ' + error.message); button.disabled = false; });
      });
      box.appendChild(button);
    });
    var mayComment = W.may(role, 'comment');
    document.getElementById('comment-form').hidden = !mayComment;
    document.getElementById('comment-input').placeholder = W.t('commentPlaceholder');
    document.getElementById('comment-send').textContent = W.t('comment');
    var readOnly = document.getElementById('read-only');
    readOnly.hidden = mayComment;
    readOnly.textContent = W.t('readOnly');
  }

  // each piece of evidence at its minute since the first, so the pile-on's pace shows
  function renderTimeline(alert) {
    document.getElementById('timeline-title').textContent = W.t('timeline');
    var list = document.getElementById('timeline');
    list.replaceChildren();
    var start = alert.evidence.length && alert.evidence[0].sent_at ? Date.parse(alert.evidence[0].sent_at) : null;
    alert.evidence.forEach(function (message) {
      var item = W.el('li', 'tick');
      var when = W.el('span', 'when', message.sent_at ? time(message.sent_at).substring(11) : '');
      if (start !== null && message.sent_at) {
        when.title = W.t('minutesIn', { n: Math.round((Date.parse(message.sent_at) - start) / 60000) });
        item.style.setProperty('--offset', Math.min(100, (Date.parse(message.sent_at) - start) / 60000 * 8) + 'px');
      }
      item.appendChild(when);
      item.appendChild(W.el('span', 'sender', message.sender_id));
      item.appendChild(W.el('span', 'text', message.text));
      list.appendChild(item);
    });
  }

  function renderDeliveries(deliveries) {
    document.getElementById('deliveries-title').textContent = W.t('deliveries');
    var body = document.querySelector('#deliveries tbody');
    body.replaceChildren();
    deliveries.forEach(function (delivery) {
      var row = W.el('tr', 'delivery ' + delivery.status);
      row.dataset.channel = delivery.channel_id;
      [delivery.channel_id + ' (' + delivery.channel_kind + ')', W.t('revision', { n: delivery.revision }), delivery.notice,
        W.t('delivery_' + delivery.status), delivery.attempts + ' ' + W.t('attempts'),
        delivery.http_status ? 'HTTP ' + delivery.http_status : '', delivery.error || '', time(delivery.last_attempt_at)]
        .forEach(function (text) { row.appendChild(W.el('td', null, text)); });
      body.appendChild(row);
    });
    var none = document.getElementById('no-deliveries');
    none.hidden = deliveries.length > 0;
    none.textContent = W.t('noDeliveries');
  }

  function renderAudit(actions) {
    document.getElementById('audit-title').textContent = W.t('audit');
    var list = document.getElementById('audit');
    list.replaceChildren();
    actions.forEach(function (action) {
      var item = W.el('li', 'audit-entry');
      item.dataset.action = action.action;
      item.appendChild(W.el('span', 'when', time(action.at)));
      item.appendChild(W.el('span', 'who', action.actor + ' (' + action.role + ')'));
      item.appendChild(W.el('span', 'what', W.t('action_' + action.action)
        + (action.snoozed_until ? ' ' + W.t('until') + ' ' + time(action.snoozed_until) : '')));
      if (action.comment) { item.appendChild(W.el('span', 'comment', action.comment)); }
      list.appendChild(item);
    });
    var none = document.getElementById('no-actions');
    none.hidden = actions.length > 0;
    none.textContent = W.t('noActions');
  }

  document.getElementById('comment-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('comment-input');
    W.act(alertId, 'comment', { comment: input.value }).then(function () { input.value = ''; return load(); })
      .catch(function (error) { notice(W.t('actionFailed') + ': ' + error.message); });
  });

  if (!W.token()) { notice(W.t('noToken')); return; }
  if (!alertId) { notice(W.t('loadFailed') + ': ?id='); return; }
  W.request('GET', '/api/me').then(function (who) { me = who; }).catch(function () { /* read only */ }).then(load);
})();
