// Relay's pages, enhanced: relative times (exact time on hover) and @/# autocomplete in the composer.
// Plain script, no framework; the pages work without it.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'nl';

  function relative(date) {
    var seconds = (date.getTime() - Date.now()) / 1000;
    var abs = Math.abs(seconds);
    if (typeof Intl === 'undefined' || !Intl.RelativeTimeFormat) {
      return date.toLocaleString(lang);
    }
    var format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    if (abs < 60) return format.format(Math.round(seconds), 'second');
    if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
    if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
    if (abs < 30 * 86400) return format.format(Math.round(seconds / 86400), 'day');
    return date.toLocaleDateString(lang);
  }

  document.querySelectorAll('time[datetime]').forEach(function (time) {
    var date = new Date(time.getAttribute('datetime'));
    if (!isNaN(date.getTime())) {
      time.title = date.toLocaleString(lang);
      time.textContent = relative(date);
    }
  });

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  // The unread badge follows the live stream of notifications (from any instance).
  var badge = document.querySelector('[data-testid=unread-count]');
  if (badge && window.EventSource && window.fetch) {
    var label = badge.getAttribute('aria-label').replace(/^\d+\s*/, '');
    var events = null;
    var refresh = function () {
      getJson('/api/notifications/unread-count').then(function (data) {
        if (!data) return;
        badge.textContent = String(data.count);
        badge.setAttribute('aria-label', data.count + ' ' + label);
        badge.classList.toggle('zero', data.count === 0);
      }).catch(function () {});
    };
    var listen = function () {
      events = new EventSource('/api/notifications/stream');
      events.addEventListener('notification', refresh);
    };
    // Leaving the page closes the stream, so a browser's few connections per site never run out (and a
    // page kept in the back/forward cache reopens it, catching up on the count, when shown again).
    window.addEventListener('pagehide', function () { if (events) { events.close(); events = null; } });
    window.addEventListener('pageshow', function (event) { if (event.persisted) { refresh(); listen(); } });
    listen();
  }

  // The composer's client field offers the directory's clients as you type.
  var clientField = document.querySelector('input[list=client-options]');
  var clientIds = {};
  var clientOptions = document.getElementById('client-options');
  if (clientField && clientOptions && window.fetch) {
    var clientTimer;
    clientField.addEventListener('input', function () {
      clearTimeout(clientTimer);
      clientTimer = setTimeout(function () {
        var typed = clientField.value.trim();
        if (!typed) return;
        getJson('/api/clients?limit=8&q=' + encodeURIComponent(typed)).then(function (data) {
          if (!data) return;
          clientOptions.replaceChildren.apply(clientOptions, data.items.map(function (client) {
            clientIds[client.name.toLowerCase()] = client.id;
            var option = document.createElement('option');
            option.value = client.name;
            return option;
          }));
        }).catch(function () {});
      }, 150);
    });
  }

  // The composer says, before posting, how many people the post will reach through term alerts.
  var reach = document.querySelector('[data-testid=reach-preview]');
  if (reach && window.fetch) {
    var composer = reach.closest('form');
    var reachTimer;
    var value = function (name) { var field = composer.elements[name]; return field && field.value ? field.value : null; };
    var count = function (n, one, many) { return n === 1 ? one : many.replace('%n', n); };
    var asked = 0;
    var preview = function () {
      var question = ++asked;
      var draft = { body: value('body') || '', kind: value('kind'), sectorCode: value('sectorCode') };
      if (value('groupId')) draft.groupId = Number(value('groupId'));
      var client = value('client');
      if (client && clientIds[client.trim().toLowerCase()]) draft.clientId = clientIds[client.trim().toLowerCase()];
      if (!draft.body.trim()) { asked++; reach.hidden = true; return; }
      fetch('/api/alerts/preview', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(draft) })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (question !== asked) return; // an older answer that came in late
          if (!data) { reach.hidden = true; return; }
          reach.textContent = data.fewerThan ? reach.dataset.few.replace('%n', data.fewerThan) : reach.dataset.sentence
            .replace('%people%', count(data.people, reach.dataset.person, reach.dataset.people))
            .replace('%alerts%', count(data.alerts, reach.dataset.alert, reach.dataset.alerts));
          reach.hidden = false;
        }).catch(function () {});
    };
    composer.addEventListener('input', function () { clearTimeout(reachTimer); reachTimer = setTimeout(preview, 400); });
    composer.addEventListener('change', function () { clearTimeout(reachTimer); reachTimer = setTimeout(preview, 100); });
  }

  // Every search box offers people, topics, clients and groups as you type (an ARIA combobox, see
  // js/combobox.js); picking one opens it, and Enter without a pick still searches the words.
  document.querySelectorAll('input[data-suggest]').forEach(function (field) {
    if (!window.fetch || !window.RelayCombobox) return;
    window.RelayCombobox.attach(field, {
      label: field.getAttribute('aria-label'),
      testid: 'search-suggestions',
      source: function (text) {
        var typed = text.trim();
        if (!typed) return null;
        return window.RelayCombobox.getJson('/api/search/suggest?q=' + encodeURIComponent(typed)).then(function (data) {
          var items = [];
          data.people.forEach(function (p) { items.push({ kind: 'person', label: p.displayName, hint: '@' + p.username, href: '/people/' + encodeURIComponent(p.username) }); });
          data.topics.forEach(function (t) { items.push({ kind: 'topic', label: '#' + t, href: '/topics/' + encodeURIComponent(t) }); });
          data.clients.forEach(function (c) { items.push({ kind: 'client', label: c.name, href: '/all?client=' + c.id }); });
          data.groups.forEach(function (g) { items.push({ kind: 'group', label: g.name, href: '/groups/' + g.id }); });
          return items;
        });
      }
    });
  });

  var box = document.querySelector('[data-testid=composer] textarea, [data-testid=reply-form] textarea');
  if (!box || !window.fetch) {
    return;
  }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('data-testid', 'suggestions');
  list.hidden = true;
  box.insertAdjacentElement('afterend', list);
  var timer;

  // From the text box, the down arrow moves into the suggestions and Escape closes them.
  box.addEventListener('keydown', function (event) {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' && list.firstElementChild) { event.preventDefault(); list.firstElementChild.focus(); }
    if (event.key === 'Escape') { list.hidden = true; }
  });

  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });

  function suggest() {
    var before = box.value.slice(0, box.selectionStart);
    var match = before.match(/(^|[\s(])([@#])([\p{L}\p{N}_.-]{1,30})$/u);
    if (!match) {
      list.hidden = true;
      return;
    }
    var mention = match[2] === '@';
    var url = mention ? '/api/accounts?limit=6&q=' + encodeURIComponent(match[3])
      : '/api/topics?limit=6&prefix=' + encodeURIComponent(match[3]);
    getJson(url)
      .then(function (data) {
        if (!data) return;
        var names = mention ? data.items.map(function (a) { return a.username; })
          : data.map(function (t) { return t.name; });
        list.replaceChildren.apply(list, names.map(function (name) {
          var item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.tabIndex = 0;
          item.textContent = match[2] + name;
          item.addEventListener('click', function () { pick(match[3], name); });
          item.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') { event.preventDefault(); pick(match[3], name); }
            if (event.key === 'ArrowDown' && item.nextElementSibling) { event.preventDefault(); item.nextElementSibling.focus(); }
            if (event.key === 'ArrowUp') { event.preventDefault(); (item.previousElementSibling || box).focus(); }
            if (event.key === 'Escape') { list.hidden = true; box.focus(); }
          });
          return item;
        }));
        list.hidden = names.length === 0;
      })
      .catch(function () { list.hidden = true; });
  }

  function pick(typed, name) {
    var end = box.selectionStart;
    var start = end - typed.length;
    box.value = box.value.slice(0, start) + name + ' ' + box.value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + name.length + 1;
    list.hidden = true;
  }
})();
