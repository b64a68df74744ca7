// Acknowledging and marking read without leaving the page: the plain forms (which work without this
// script) post to the JSON API instead, the item changes in place, and the unread badge is refreshed.
(function () {
  'use strict';
  if (!window.fetch) return;
  var script = document.currentScript;
  var text = function (name) { return (script && script.getAttribute('data-' + name)) || ''; };

  // One polite live region for the page, there before anything changes, so screen readers announce it.
  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('data-testid', 'notice-status');
  document.body.appendChild(status);
  var announce = function (message) {
    status.textContent = '';
    setTimeout(function () { status.textContent = message; }, 50);
  };

  var post = function (url) {
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); });
  };

  // The badge as relay.js keeps it: its count, its label, and the "zero" class that hides a 0.
  var refreshBadge = function () {
    var badge = document.querySelector('[data-testid=unread-count]');
    if (!badge) return;
    var label = (badge.getAttribute('aria-label') || '').replace(/^\d+\s*/, '');
    fetch('/api/notifications/unread-count', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        badge.textContent = String(data.count);
        badge.setAttribute('aria-label', data.count + ' ' + label);
        badge.classList.toggle('zero', data.count === 0);
      }).catch(function () {});
  };

  // The form gives way to a short text that keeps the keyboard focus where the button was.
  var replace = function (form, message) {
    var done = document.createElement('span');
    done.className = 'muted done';
    done.tabIndex = -1;
    done.textContent = message;
    var hadFocus = form.contains(document.activeElement);
    form.replaceWith(done);
    if (hadFocus) done.focus();
  };

  var itemOf = function (form) { return form.closest('[data-notification-id]'); };

  var handlers = [
    { match: /^\/notifications\/ack\/(\d+)$/, run: function (form, id) {
      return post('/api/posts/' + id + '/ack').then(function () {
        var item = itemOf(form);
        if (item) item.classList.remove('unread');
        if (item) item.querySelectorAll('form[action$="/read"]').forEach(function (other) { other.remove(); });
        replace(form, text('acknowledged'));
        announce(text('acknowledged'));
      });
    } },
    { match: /^\/notifications\/read-all$/, run: function (form) {
      return post('/api/notifications/read-all').then(function () {
        document.querySelectorAll('[data-notification-id].unread').forEach(function (item) { item.classList.remove('unread'); });
        document.querySelectorAll('form[action^="/notifications/"][action$="/read"]').forEach(function (other) { other.remove(); });
        announce(text('read'));
      });
    } },
    { match: /^\/notifications\/(\d+)\/read$/, run: function (form, id) {
      var ids = [id];
      form.querySelectorAll('input[name=also]').forEach(function (input) { ids.push(input.value); });
      return Promise.all(ids.map(function (one, i) {
        // The first is the entry's own (it must exist); the others are read along with it, as the page does.
        return i === 0 ? post('/api/notifications/' + encodeURIComponent(one) + '/read')
          : post('/api/notifications/' + encodeURIComponent(one) + '/read').catch(function () {});
      })).then(function () {
        var item = itemOf(form);
        if (item) item.classList.remove('unread');
        replace(form, text('read'));
        announce(text('read'));
      });
    } }
  ];

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') return;
    var action = form.getAttribute('action') || '';
    for (var i = 0; i < handlers.length; i++) {
      var found = action.match(handlers[i].match);
      if (!found) continue;
      event.preventDefault();
      // Busy rather than disabled: a disabled button would lose the keyboard focus.
      if (form.getAttribute('aria-busy') === 'true') return;
      form.setAttribute('aria-busy', 'true');
      handlers[i].run(form, found[1]).then(function () {
        form.removeAttribute('aria-busy');
        refreshBadge();
      }, function () {
        // Anything unexpected: the plain form post, whose page says what happened.
        announce(text('failed'));
        form.submit();
      });
      return;
    }
  });
})();
