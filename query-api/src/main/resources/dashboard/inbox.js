// The alert inbox on the dashboard: alerts by workflow status (open / acked / snoozed / resolved),
// with acknowledge and resolve buttons and a link to each alert's page. New alerts arrive through the
// dashboard's stream (app.js dispatches 'pulse:alert'); actions are POSTs that the API audits.
(function () {
  'use strict';
  var W = window.PULSE_WORKFLOW;
  var STATUSES = ['open', 'acked', 'snoozed', 'resolved'];
  var state = { status: 'open', alerts: [], me: null, error: null };

  function load() {
    return W.request('GET', '/api/alerts?limit=100&status=' + state.status).then(function (alerts) {
      state.alerts = alerts;
      state.error = null;
      render();
    }).catch(function (error) { state.error = error.message; render(); });
  }

  function render() {
    document.getElementById('inbox-title').textContent = W.t('inbox');
    document.getElementById('inbox-hint').textContent = W.t('inboxHint');
    var tabs = document.getElementById('inbox-tabs');
    tabs.replaceChildren();
    STATUSES.forEach(function (status) {
      var tab = W.el('button', 'tab' + (status === state.status ? ' active' : ''), W.t('status_' + status));
      tab.type = 'button';
      tab.dataset.status = status;
      tab.addEventListener('click', function () { state.status = status; load(); });
      tabs.appendChild(tab);
    });
    var list = document.getElementById('inbox-list');
    list.replaceChildren();
    state.alerts.forEach(function (alert) { list.appendChild(row(alert)); });
    var empty = document.getElementById('inbox-empty');
    empty.hidden = state.alerts.length > 0 && !state.error;
    empty.textContent = state.error ? W.t('actionFailed') + ': ' + state.error : W.t('noInbox');
  }

  function row(alert) {
    var item = W.el('li', 'inbox-item' + (alert.severity >= 7 ? ' severe' : ''));
    item.dataset.alertId = alert.alert_id;
    var top = W.el('div', 'top');
    top.appendChild(W.el('span', 'badge severity', W.t('severity') + ' ' + alert.severity));
    top.appendChild(W.el('span', 'badge state', W.t('state_' + alert.state)));
    top.appendChild(W.el('span', 'badge workflow', W.t('status_' + (alert.workflow ? alert.workflow.status : 'open'))));
    top.appendChild(W.el('span', 'badge', alert.group_id ? alert.brand_id + ' · ' + alert.group_id : alert.brand_id));
    item.appendChild(top);
    item.appendChild(W.el('div', 'summary', alert.summary));
    if (alert.workflow && alert.workflow.by) {
      item.appendChild(W.el('div', 'meta', W.t('by') + ' ' + alert.workflow.by));
    }
    var buttons = W.el('div', 'actions');
    var role = W.roleFor(state.me, alert.brand_id);
    var status = alert.workflow ? alert.workflow.status : 'open';
    var offered = status === 'resolved' ? ['reopen'] : status === 'open' ? ['ack', 'resolve'] : ['resolve'];
    offered.filter(function (action) { return W.may(role, action); }).forEach(function (action) {
      var button = W.el('button', 'act ' + action, W.t(action));
      button.type = 'button';
      button.dataset.action = action;
      button.addEventListener('click', function (event) {
        event.stopPropagation();
        button.disabled = true;
        W.act(alert.alert_id, action).then(load).catch(function (error) {
          state.error = error.message;
          render();
        });
      });
      buttons.appendChild(button);
    });
    var link = W.el('a', 'details', W.t('details'));
    link.href = '/alert.html?id=' + encodeURIComponent(alert.alert_id);
    buttons.appendChild(link);
    item.appendChild(buttons);
    return item;
  }

  if (!W.token()) { return; }
  W.request('GET', '/api/me').then(function (me) { state.me = me; }).catch(function () { /* buttons stay hidden */ })
    .then(load);
  // a new alert or revision: the open list may have changed
  window.addEventListener('pulse:alert', function () { load(); });
  document.getElementById('language').addEventListener('click', function () { setTimeout(render, 0); });
})();
