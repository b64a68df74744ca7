// An ARIA 1.2 combobox with a list box popup, for every typeahead on Relay's pages: the search box,
// the composer's client picker and @mentions, the group member picker.
//
//   RelayCombobox.attach(field, {
//     source: function (text, field) { return a Promise of items, or null to close the list },
//     pick:   function (item, field) { optional; default: follow item.href, else put item.value in the field },
//     label:  'Suggestions'  (optional; the list box's accessible name)
//   });
//   An item: { label: 'Sanne de Vries', hint: '@sanne' (optional), value: 'sanne', href: '/people/sanne' }.
//
// The focus stays in the field: the arrow keys move the active option (aria-activedescendant), Enter
// picks it (with no active option Enter does what it always does: submit the form, or a new line),
// Escape closes the list, and a click or tap picks too. A polite status says how many suggestions came.
// Escape, Tab and leaving the field also forget a lookup still under way, so no list opens afterwards;
// the list floats over the page (relay.css), so it never moves what is below the field.
// On an <input> the field takes role=combobox; a <textarea> keeps its textbox role (ARIA allows no
// combobox there) and gets the same aria-autocomplete, aria-controls and aria-activedescendant.
(function () {
  'use strict';
  var made = 0;
  var lang = document.documentElement.lang || 'nl';
  var words = lang === 'en'
    ? { one: '1 suggestion, use the arrow keys', many: ' suggestions, use the arrow keys', none: '' }
    : { one: '1 suggestie, kies met de pijltjestoetsen', many: ' suggesties, kies met de pijltjestoetsen', none: '' };

  function attach(field, options) {
    var id = 'combobox-' + (++made);
    var list = document.createElement('ul');
    list.id = id + '-list';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    if (options.label) list.setAttribute('aria-label', options.label);
    if (options.testid) list.setAttribute('data-testid', options.testid);
    list.hidden = true;
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    var isInput = field.tagName === 'INPUT';
    if (isInput) {
      field.setAttribute('role', 'combobox');
      field.setAttribute('aria-expanded', 'false');
    }
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-controls', list.id);
    field.setAttribute('autocomplete', 'off');
    field.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);

    var items = [];
    var active = -1;
    var asked = 0;
    var timer;

    function close() {
      list.hidden = true;
      active = -1;
      field.removeAttribute('aria-activedescendant');
      if (isInput) field.setAttribute('aria-expanded', 'false');
    }

    // Forgets the lookup waiting to start or under way, and closes the list.
    function cancel() {
      clearTimeout(timer);
      asked++;
      close();
    }

    function highlight(index) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = index;
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'true');
        field.setAttribute('aria-activedescendant', options[active].id);
        options[active].scrollIntoView({ block: 'nearest' });
      } else {
        field.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var item = items[index];
      close();
      if (!item) return;
      if (options.pick) {
        options.pick(item, field);
      } else if (item.href) {
        window.location.href = item.href;
      } else {
        field.value = item.value;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function show(found) {
      items = found || [];
      list.replaceChildren.apply(list, items.map(function (item, index) {
        var option = document.createElement('li');
        option.id = id + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        if (item.kind) option.className = 'suggestion-' + item.kind;
        var label = document.createElement('span');
        label.textContent = item.label;
        option.appendChild(label);
        if (item.hint) {
          var hint = document.createElement('span');
          hint.className = 'hint';
          hint.textContent = ' ' + item.hint;
          option.appendChild(hint);
        }
        // mousedown, not click: the field keeps the focus, and the list is still there to pick from.
        option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(index); });
        return option;
      }));
      active = -1;
      field.removeAttribute('aria-activedescendant');
      list.hidden = items.length === 0;
      if (isInput) field.setAttribute('aria-expanded', String(items.length > 0));
      status.textContent = items.length === 0 ? words.none : items.length === 1 ? words.one : items.length + words.many;
    }

    function ask() {
      var question = ++asked;
      var answer = options.source(field.value, field);
      if (!answer) { close(); return; }
      answer.then(function (found) { if (question === asked && document.activeElement === field) show(found); })
        .catch(function () { if (question === asked) close(); });
    }

    field.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, 150); });
    field.addEventListener('keydown', function (event) {
      if (event.isComposing) return;
      if (list.hidden) {
        if (event.key === 'ArrowDown' && isInput && field.value) { event.preventDefault(); ask(); }
        else if (event.key === 'Escape' || event.key === 'Tab') cancel();
        return;
      }
      if (event.key === 'ArrowDown') { event.preventDefault(); highlight((active + 1) % items.length); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
      else if (event.key === 'Enter' && active >= 0 && !event.ctrlKey && !event.metaKey) { event.preventDefault(); choose(active); }
      else if (event.key === 'Escape') { event.preventDefault(); cancel(); }
      else if (event.key === 'Tab') { cancel(); }
    });
    field.addEventListener('blur', function () { setTimeout(cancel, 100); });
    return { close: close, refresh: ask };
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); });
  }

  window.RelayCombobox = { attach: attach, getJson: getJson };
})();
