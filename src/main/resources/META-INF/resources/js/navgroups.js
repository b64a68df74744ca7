// The navigation's menu and the group admin page's member picker, enhanced. Both work without this:
// the menu is a <details>, the member field takes a username or a display name.
(function () {
  'use strict';

  // The menu closes with Escape (the focus goes back to its button) and when you click or tab elsewhere.
  var menu = document.querySelector('[data-testid=nav-menu]');
  if (menu) {
    var summary = menu.querySelector('summary');
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        event.preventDefault();
        menu.open = false;
        summary.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
    document.addEventListener('focusin', function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  }

  // Adding a member: colleagues by display name and @username as you type (the shared ARIA combobox);
  // picking one puts the username in the field, and Enter (or the button) adds them.
  document.querySelectorAll('input[data-member-picker]').forEach(function (field) {
    if (!window.fetch || !window.RelayCombobox) return;
    window.RelayCombobox.attach(field, {
      label: field.getAttribute('data-suggestions-label'),
      testid: 'member-suggestions',
      source: function (text) {
        var typed = text.trim().replace(/^@/, '');
        if (!typed) return null;
        return window.RelayCombobox.getJson('/api/accounts?limit=8&q=' + encodeURIComponent(typed)).then(function (data) {
          return data.items.map(function (a) {
            return { kind: 'person', label: a.displayName, hint: '@' + a.username, value: a.username };
          });
        });
      }
    });
  });
})();
