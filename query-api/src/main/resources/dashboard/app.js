// Community Pulse dashboard: live alerts from the SSE stream and one activity chart; groups.js adds
// community health through what window.PULSE_APP exposes.
// The token arrives once as ?access_token= and is kept in sessionStorage; data goes into the page
// with textContent only, because alert evidence is text typed by chat members.
(function () {
  'use strict';

  var TOKEN_KEY = 'pulse.token';
  var LANGUAGE_KEY = 'pulse.lang';
  var ZONE_KEY = 'pulse.zone';
  var STRINGS = window.PULSE_STRINGS;
  var I18N = window.PULSE_I18N;

  var state = {
    token: takeToken(),
    // a language the user chose with the button wins; until then the browser's, as it changes
    language: localStorage.getItem(LANGUAGE_KEY) || browserLanguage(),
    zone: I18N.zones[localStorage.getItem(ZONE_KEY)] ? localStorage.getItem(ZONE_KEY) : 'beijing',
    alerts: new Map(),        // brand_id/alert_id -> alert
    incidents: [],            // newest first, as GET /api/incidents serves them
    changed: new Map(),       // brand_id/alert_id -> 'new' | 'updated'
    selected: null,           // {group, brand}
    activity: null,           // last activity response
    connection: 'connecting',
    notice: null
  };
  var chart = null;
  var renderHooks = [];
  var readyHooks = [];

  function takeToken() {
    var params = new URLSearchParams(location.search);
    var fromUrl = params.get('access_token');
    if (fromUrl) {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      params.delete('access_token');
      var rest = params.toString();
      history.replaceState(null, '', location.pathname + (rest ? '?' + rest : ''));
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function browserLanguage() {
    return I18N.pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
  }

  function t(key, values) {
    var text = STRINGS[state.language][key];
    if (text === undefined) { text = STRINGS.en[key] !== undefined ? STRINGS.en[key] : key; }
    Object.keys(values || {}).forEach(function (name) { text = text.replace('{' + name + '}', values[name]); });
    return text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function keyOf(alert) { return alert.brand_id + '/' + alert.alert_id; }

  function formatTime(iso) { return I18N.formatTime(iso, I18N.zones[state.zone]); }

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + state.token } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var error = new Error(body.error || response.statusText);
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function showNotice(key) { state.notice = key; renderStatic(); }

  // ---- alerts ----

  function upsert(alert, change) {
    var key = keyOf(alert);
    var known = state.alerts.get(key);
    if (known && known.revision >= alert.revision) { return; }
    state.alerts.set(key, alert);
    if (change) { state.changed.set(key, known ? 'updated' : 'new'); }
    renderAlerts(change ? key : null);
  }

  function sortedAlerts() {
    return Array.from(state.alerts.values()).sort(function (a, b) {
      return a.last_seen < b.last_seen ? 1 : a.last_seen > b.last_seen ? -1 : 0;
    });
  }

  function renderAlerts(flashKey) {
    var list = document.getElementById('alert-list');
    list.replaceChildren();
    sortedAlerts().forEach(function (alert) { list.appendChild(alertCard(alert, keyOf(alert) === flashKey)); });
    document.getElementById('no-alerts').hidden = state.alerts.size > 0;
  }

  function alertCard(alert, flash) {
    var key = keyOf(alert);
    var card = el('li', 'alert' + (alert.severity >= 7 ? ' severe' : '') + (flash ? ' flash' : ''));
    card.dataset.alertId = alert.alert_id;
    if (state.selected && state.selected.group === alert.group_id && state.selected.brand === alert.brand_id) {
      card.classList.add('selected');
    }
    var top = el('div', 'top');
    top.appendChild(el('span', 'badge severity', t('severity') + ' ' + alert.severity));
    top.appendChild(el('span', 'badge', t('type_' + alert.type)));
    if (alert.state) { top.appendChild(el('span', 'badge state', t('state_' + alert.state))); }
    if (state.changed.has(key)) {
      top.appendChild(el('span', 'badge change', t(state.changed.get(key) === 'new' ? 'isNew' : 'updated')));
    }
    top.appendChild(el('span', 'badge', alert.brand_id));
    card.appendChild(top);
    card.appendChild(el('div', 'summary', alert.summary));

    var meta = el('div', 'meta');
    meta.appendChild(el('span', null, t('group') + ': ' + alert.group_id));
    meta.appendChild(el('span', null, t('subject') + ' (' + t('kind_' + alert.subject_kind) + '): ' + subjectLabel(alert)));
    meta.appendChild(el('span', null, alert.distinct_members + ' ' + t('members')));
    meta.appendChild(el('span', null, t('firstSeen') + ' ' + formatTime(alert.first_seen)));
    meta.appendChild(el('span', null, t('lastSeen') + ' ' + formatTime(alert.last_seen)));
    meta.appendChild(el('span', null, t('revision', { n: alert.revision })));
    card.appendChild(meta);

    card.appendChild(el('div', 'hint', t('evidence')));
    var evidence = el('ol', 'evidence');
    (alert.evidence || []).forEach(function (message) {
      var item = el('li');
      item.appendChild(el('span', 'id', message.message_id));
      item.appendChild(el('span', null, message.text));
      evidence.appendChild(item);
    });
    card.appendChild(evidence);

    if (alert.cues && alert.cues.length) {
      var cues = el('div', 'cues');
      cues.appendChild(el('span', 'hint', t('cues') + ':'));
      alert.cues.forEach(function (cue) { cues.appendChild(el('span', 'cue', cue)); });
      card.appendChild(cues);
    }
    card.addEventListener('click', function () { selectGroup(alert.group_id, alert.brand_id); });
    return card;
  }

  function subjectLabel(alert) {
    return alert.subject_kind === 'aspect' ? t('aspect_' + alert.subject) : alert.subject;
  }

  // ---- incidents ----

  function loadIncidents() {
    return api('/api/incidents?limit=20').then(function (incidents) {
      state.incidents = incidents;
      renderIncidents();
    }).catch(function () { /* the alerts list reports loading problems */ });
  }

  function renderIncidents() {
    var list = document.getElementById('incident-list');
    list.replaceChildren();
    state.incidents.forEach(function (incident) { list.appendChild(incidentCard(incident)); });
    document.getElementById('no-incidents').hidden = state.incidents.length > 0;
  }

  function incidentCard(incident) {
    var card = el('li', 'incident' + (incident.severity >= 7 ? ' severe' : ''));
    card.dataset.incidentId = incident.incident_id;
    var top = el('div', 'top');
    top.appendChild(el('span', 'badge severity', t('severity') + ' ' + incident.severity));
    top.appendChild(el('span', 'badge', incident.subject_name || incident.subject));
    top.appendChild(el('span', 'badge state', t('state_' + incident.state)));
    top.appendChild(el('span', 'badge', incident.brand_id));
    card.appendChild(top);
    var meta = el('div', 'meta');
    meta.appendChild(el('span', null, t('groupsReached', { n: incident.groups.length })));
    meta.appendChild(el('span', null, incident.total_members + ' ' + t('members')));
    if (incident.seconds_to_spread !== undefined && incident.seconds_to_spread !== null) {
      meta.appendChild(el('span', null, t('spreadAfter', { minutes: Math.round(incident.seconds_to_spread / 60) })));
    }
    if (incident.state === 'open') {
      meta.appendChild(el('span', 'forecast', t('forecast', { likely: incident.forecast_members.likely,
        low: incident.forecast_members.low, high: incident.forecast_members.high,
        groups: incident.forecast_groups.likely })));
    }
    card.appendChild(meta);
    var groups = el('ol', 'groups');
    incident.groups.forEach(function (group) {
      var item = el('li');
      item.appendChild(el('span', 'id', group.group_id));
      item.appendChild(el('span', null, formatTime(group.first_seen) + ' · ' + group.members + ' ' + t('members')));
      item.addEventListener('click', function () { selectGroup(group.group_id, incident.brand_id); });
      groups.appendChild(item);
    });
    card.appendChild(groups);
    return card;
  }

  function loadAlerts() {
    return api('/api/alerts?limit=100').then(function (alerts) {
      alerts.forEach(function (alert) { upsert(alert, false); });
      renderAlerts(null);
      if (!state.selected && alerts.length) { selectGroup(alerts[0].group_id, alerts[0].brand_id); }
    }).catch(function (error) { showNotice(error.status === 401 ? 'badToken' : 'loadFailed'); });
  }

  function connectStream() {
    var source = new EventSource('/api/alerts/stream?access_token=' + encodeURIComponent(state.token));
    source.onopen = function () { state.connection = 'live'; renderStatic(); };
    source.onerror = function () { state.connection = 'reconnecting'; renderStatic(); };
    source.addEventListener('alert', function (event) {
      var alert = JSON.parse(event.data);
      upsert(alert, true);
      if (alert.incident_id) { loadIncidents(); }
      // the inbox (inbox.js) refreshes on every alert
      window.dispatchEvent(new CustomEvent('pulse:alert', { detail: alert }));
    });
  }

  // ---- activity ----

  function selectGroup(group, brand) {
    state.selected = { group: group, brand: brand || '' };
    document.getElementById('group-input').value = group;
    document.getElementById('brand-input').value = brand || '';
    renderAlerts(null);
    var query = '/api/groups/' + encodeURIComponent(group) + '/activity' + (brand ? '?brand=' + encodeURIComponent(brand) : '');
    api(query).then(function (activity) {
      state.activity = activity;
      renderChart();
    }).catch(function (error) {
      state.activity = null;
      document.getElementById('activity-caption').textContent = t('loadFailed') + ': ' + error.message;
      if (chart) { chart.destroy(); chart = null; }
    });
  }

  function renderChart() {
    var caption = document.getElementById('activity-caption');
    var activity = state.activity;
    if (!activity) { caption.textContent = t('pickGroup'); return; }
    if (!activity.minutes.length) {
      caption.textContent = t('noActivity', { group: activity.group_id });
    } else {
      caption.textContent = t('activityCaption', { group: activity.group_id, zone: t('zone_' + state.zone),
        from: formatTime(activity.from), to: formatTime(activity.to) });
    }
    var labels = activity.minutes.map(function (row) { return formatTime(row.minute).substring(11, 16); });
    var series = [
      ['memberMessages', 'member_messages', '#e76f51'],
      ['staffMessages', 'staff_messages', '#2a9d8f'],
      ['botMessages', 'bot_messages', '#8d99ae']
    ].map(function (spec) {
      return {
        label: t(spec[0]),
        data: activity.minutes.map(function (row) { return row[spec[1]]; }),
        backgroundColor: spec[2],
        stack: 'messages'
      };
    });
    if (chart) { chart.destroy(); }
    chart = new Chart(document.getElementById('activity-chart'), {
      type: 'bar',
      data: { labels: labels, datasets: series },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  // ---- page ----

  function renderStatic() {
    document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.getElementById('language').textContent = t('languageButton');
    var zoneButton = document.getElementById('zone');
    // the zone times are shown in; a click switches to the other
    zoneButton.textContent = '🕒 ' + t('zone_' + state.zone);
    zoneButton.title = t('zoneButtonTitle');
    var status = document.getElementById('connection');
    status.dataset.state = state.connection;
    status.textContent = t(state.connection);
    var notice = document.getElementById('notice');
    notice.hidden = !state.notice;
    notice.textContent = state.notice ? t(state.notice) : '';
  }

  function renderAll() {
    renderStatic();
    renderAlerts(null);
    renderIncidents();
    renderChart();
    renderHooks.forEach(function (hook) { hook(); });
  }

  function switchLanguage() {
    state.language = state.language === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANGUAGE_KEY, state.language);
    renderAll();
  }

  function switchZone() {
    state.zone = state.zone === 'beijing' ? 'utc' : 'beijing';
    localStorage.setItem(ZONE_KEY, state.zone);
    renderAll();
  }

  document.getElementById('language').addEventListener('click', switchLanguage);
  document.getElementById('zone').addEventListener('click', switchZone);
  window.addEventListener('languagechange', function () {
    if (!localStorage.getItem(LANGUAGE_KEY)) { state.language = browserLanguage(); renderAll(); }
  });
  document.getElementById('group-form').addEventListener('submit', function (event) {
    event.preventDefault();
    selectGroup(document.getElementById('group-input').value.trim(), document.getElementById('brand-input').value.trim());
  });

  // what other parts of the page (groups.js) use: the API with the token, the strings, the times, the group chart
  window.PULSE_APP = {
    api: api,
    t: t,
    formatTime: formatTime,
    selectGroup: selectGroup,
    onRender: function (hook) { renderHooks.push(hook); },
    onReady: function (hook) { readyHooks.push(hook); }
  };

  renderStatic();
  renderChart();
  if (!state.token) {
    state.connection = 'error';
    showNotice('noToken');
    return;
  }
  loadAlerts().then(connectStream);
  loadIncidents();
  // after this script, so that groups.js has registered its hooks
  setTimeout(function () { readyHooks.forEach(function (hook) { hook(); }); }, 0);
})();
