// Community health on the dashboard: the brand's groups with their health (sortable, in pages) and a
// group's page (members, active rate and exits over time, who is in it). Data goes into the page with
// textContent only. The pure parts are in PULSE_GROUPS, which a test runs without a browser.
(function () {
  'use strict';

  var PAGE_SIZE = 20;
  // each column's first click shows the worst first, as the API does by default
  var WORST_FIRST = {
    active_rate: 'asc', members: 'desc', exits: 'desc', early_exits: 'desc', alerts: 'desc',
    last_member_message: 'asc', group: 'asc'
  };

  var logic = {
    PAGE_SIZE: PAGE_SIZE,
    WORST_FIRST: WORST_FIRST,

    listPath: function (view) {
      return '/api/groups?sort=' + view.sort + '&order=' + view.order + '&limit=' + PAGE_SIZE + '&offset=' + view.offset;
    },

    // clicking the column sorted by flips its order; another column starts worst first, on the first page
    sortBy: function (view, column) {
      var order = view.sort === column ? (view.order === 'asc' ? 'desc' : 'asc') : WORST_FIRST[column];
      return { sort: column, order: order, offset: 0 };
    },

    page: function (view, step, total) {
      var offset = Math.max(0, view.offset + step * PAGE_SIZE);
      return offset >= total && step > 0 ? view : { sort: view.sort, order: view.order, offset: offset };
    },

    pageOf: function (offset, total) {
      return { page: Math.floor(offset / PAGE_SIZE) + 1, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    percent: function (share) {
      return typeof share === 'number' ? (Math.round(share * 1000) / 10) + '%' : '';
    },

    healthPath: function (group, brand) {
      return '/api/groups/' + encodeURIComponent(group) + '/health' + (brand ? '?brand=' + encodeURIComponent(brand) : '');
    },

    membersPath: function (group, brand) {
      return '/api/groups/' + encodeURIComponent(group) + '/members?limit=50' + (brand ? '&brand=' + encodeURIComponent(brand) : '');
    }
  };
  window.PULSE_GROUPS = logic;
  if (typeof document === 'undefined') { return; }

  var app = window.PULSE_APP;
  var view = { sort: 'active_rate', order: 'asc', offset: 0 };
  var listed = null;      // last page from the API
  var selected = null;    // {group, brand, health, roster}
  var chart = null;
  var COLUMNS = [
    ['group', 'col_group'], ['members', 'col_members'], ['active_rate', 'col_active_rate'], [null, 'col_senders'],
    ['exits', 'col_exits'], ['early_exits', 'col_early_exits'], [null, 'col_staff_share'],
    ['last_member_message', 'col_last_member'], ['alerts', 'col_alerts']
  ];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function loadList() {
    app.api(logic.listPath(view)).then(function (page) {
      listed = page;
      renderList();
    }).catch(function (error) {
      document.getElementById('groups-caption').textContent = app.t('loadFailed') + ': ' + error.message;
    });
  }

  function renderList() {
    var head = document.querySelector('#group-table thead');
    head.replaceChildren();
    var row = el('tr');
    COLUMNS.forEach(function (column) {
      var cell = el('th');
      if (column[0]) {
        var button = el('button', 'sort', app.t(column[1]) + (view.sort === column[0] ? (view.order === 'asc' ? ' ▲' : ' ▼') : ''));
        button.type = 'button';
        button.addEventListener('click', function () { view = logic.sortBy(view, column[0]); loadList(); });
        cell.appendChild(button);
      } else {
        cell.textContent = app.t(column[1]);
      }
      row.appendChild(cell);
    });
    head.appendChild(row);
    var body = document.querySelector('#group-table tbody');
    body.replaceChildren();
    if (!listed) { return; }
    listed.groups.forEach(function (group) { body.appendChild(groupRow(group)); });
    var pages = logic.pageOf(listed.offset, listed.total);
    document.getElementById('groups-page').textContent = app.t('pageOf', { page: pages.page, pages: pages.pages, total: listed.total });
    document.getElementById('groups-caption').textContent = listed.total ? '' : app.t('noGroups');
  }

  function groupRow(group) {
    var row = el('tr', 'group-row' + (selected && selected.group === group.group_id && selected.brand === group.brand_id ? ' selected' : ''));
    var name = el('td');
    name.appendChild(el('div', 'group-name', group.group_name || group.group_id));
    name.appendChild(el('div', 'hint', group.brand_id + ' · ' + group.group_id));
    row.appendChild(name);
    [group.members, logic.percent(group.active_rate), group.daily_senders, group.exits_7d, group.early_exits_7d,
      logic.percent(group.staff_share), group.last_member_message_at ? app.formatTime(group.last_member_message_at) : '—']
      .forEach(function (value) { row.appendChild(el('td', 'number', value)); });
    var alerts = el('td');
    (group.alert_types || []).forEach(function (type) { alerts.appendChild(el('span', 'badge alert-type', app.t('type_' + type))); });
    row.appendChild(alerts);
    row.addEventListener('click', function () { openGroup(group.group_id, group.brand_id); });
    return row;
  }

  function openGroup(group, brand) {
    selected = { group: group, brand: brand, health: null, roster: null };
    renderList();
    app.selectGroup(group, brand);
    Promise.all([app.api(logic.healthPath(group, brand)), app.api(logic.membersPath(group, brand))]).then(function (answers) {
      selected.health = answers[0];
      selected.roster = answers[1];
      renderGroup();
    }).catch(function (error) {
      document.getElementById('group-page-caption').textContent = app.t('loadFailed') + ': ' + error.message;
    });
  }

  function renderGroup() {
    var page = document.getElementById('group-page');
    page.hidden = !selected;
    if (!selected || !selected.health) { return; }
    var health = selected.health;
    var last = health.days.length ? health.days[health.days.length - 1] : null;
    document.getElementById('group-page-title').textContent = app.t('groupPageTitle', { group: selected.group });
    document.getElementById('group-page-caption').textContent = last
      ? app.t('groupPageCaption', { members: last.members, active: logic.percent(last.active_rate), from: health.from, to: health.to,
        zone: last.time_zone })
      : app.t('noHealth', { group: selected.group });
    renderChart(health.days);
    renderMembers(selected.roster);
  }

  function renderChart(days) {
    if (chart) { chart.destroy(); chart = null; }
    if (!days.length) { return; }
    chart = new Chart(document.getElementById('group-health-chart'), {
      data: {
        labels: days.map(function (day) { return day.day; }),
        datasets: [
          { type: 'line', label: app.t('chartMembers'), data: days.map(function (d) { return d.members; }), borderColor: '#1d3557', yAxisID: 'people' },
          { type: 'bar', label: app.t('chartExits'), data: days.map(function (d) { return d.leaves + d.removals; }), backgroundColor: '#e76f51', yAxisID: 'exits' },
          { type: 'line', label: app.t('chartActiveRate'), data: days.map(function (d) { return Math.round(d.active_rate * 1000) / 10; }), borderColor: '#2a9d8f', yAxisID: 'rate' }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          people: { position: 'left', beginAtZero: true, ticks: { precision: 0 } },
          exits: { position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false } },
          rate: { position: 'right', min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } }, grid: { drawOnChartArea: false } }
        }
      }
    });
  }

  function renderMembers(roster) {
    var table = document.getElementById('group-members');
    var head = table.querySelector('thead');
    head.replaceChildren();
    var titles = el('tr');
    ['col_member', 'col_role', 'col_joined', 'col_last_spoke'].forEach(function (key) { titles.appendChild(el('th', null, app.t(key))); });
    head.appendChild(titles);
    var body = table.querySelector('tbody');
    body.replaceChildren();
    document.getElementById('group-members-caption').textContent =
      app.t('rosterCaption', { total: roster.total, active: roster.active_members_7d, shown: roster.members.length });
    roster.members.forEach(function (member) {
      var row = el('tr');
      row.appendChild(el('td', null, member.member_id));
      row.appendChild(el('td', null, app.t('role_' + member.role)));
      row.appendChild(el('td', null, member.joined_at ? app.formatTime(member.joined_at) : '—'));
      row.appendChild(el('td', null, member.last_spoke_at ? app.formatTime(member.last_spoke_at) : '—'));
      body.appendChild(row);
    });
  }

  document.getElementById('groups-prev').addEventListener('click', function () {
    if (listed) { view = logic.page(view, -1, listed.total); loadList(); }
  });
  document.getElementById('groups-next').addEventListener('click', function () {
    if (listed) { view = logic.page(view, 1, listed.total); loadList(); }
  });
  app.onRender(function () { renderList(); renderGroup(); });
  app.onReady(function () {
    loadList();
    setInterval(loadList, 30000);
  });
})();
