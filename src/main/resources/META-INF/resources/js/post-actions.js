// Acting on posts where you read them: like, edit in place (with the history), remove, follow or mute
// the thread, copy the link, and reply to any post of a thread. Every button is a plain form or link
// that works without this script; with it, the JSON API is called and the card changes in place.
(function () {
  'use strict';
  if (!window.fetch) return;
  var script = document.currentScript;
  var texts = script ? script.dataset : {};
  var MAX_LENGTH = 5000;

  function call(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init);
  }

  function cardOf(element) {
    return element.closest('[data-testid=post][data-post-id]');
  }

  function closeMenu(card) {
    var menu = card.querySelector('details.more');
    if (menu) menu.open = false;
    return menu;
  }

  // A small live message in the card ("Link gekopieerd"), read out by screen readers.
  function say(card, text, isError) {
    var status = card.querySelector('.act-status');
    if (!status) {
      status = document.createElement('span');
      status.className = 'act-status';
      status.setAttribute('role', 'status');
      card.querySelector('footer').appendChild(status);
    }
    status.classList.toggle('error', !!isError);
    status.textContent = text;
  }

  // ---- like / unlike -------------------------------------------------------------------------------
  function showLikes(card, count) {
    var span = card.querySelector('.like-count');
    if (!span) return;
    span.setAttribute('data-count', String(count));
    span.textContent = '';
    if (count > 0) {
      var shown = document.createElement('span');
      shown.setAttribute('aria-hidden', 'true');
      shown.textContent = '\u2665 ' + count;
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      var pattern = count === 1 ? span.getAttribute('data-one') : span.getAttribute('data-other');
      hidden.textContent = (pattern || '').replace(/^\d+/, String(count));
      span.appendChild(shown);
      span.appendChild(hidden);
    }
  }

  function like(form) {
    var card = cardOf(form);
    var id = card.getAttribute('data-post-id');
    var button = form.querySelector('button');
    var liked = button.getAttribute('aria-pressed') === 'true';
    button.disabled = true;
    call(liked ? 'DELETE' : 'PUT', '/api/posts/' + id + '/like').then(function (response) {
      button.disabled = false;
      if (!response.ok) { say(card, texts.errorFailed, true); return; }
      var count = parseInt(card.querySelector('.like-count').getAttribute('data-count'), 10) || 0;
      button.setAttribute('aria-pressed', liked ? 'false' : 'true');
      form.setAttribute('action', '/posts/' + id + (liked ? '/like' : '/unlike'));
      showLikes(card, Math.max(0, count + (liked ? -1 : 1)));
    }).catch(function () { button.disabled = false; say(card, texts.errorFailed, true); });
  }

  // ---- follow / mute the thread --------------------------------------------------------------------
  function subscribe(form, follow) {
    var card = cardOf(form);
    var id = card.getAttribute('data-post-id');
    var thread = card.getAttribute('data-thread-id');
    call(follow ? 'PUT' : 'DELETE', '/api/posts/' + id + '/subscription').then(function (response) {
      if (!response.ok) { say(card, texts.errorFailed, true); return; }
      document.querySelectorAll('[data-testid=post][data-thread-id="' + thread + '"]').forEach(function (other) {
        var followButton = other.querySelector('[data-action=follow] button');
        var muteButton = other.querySelector('[data-action=mute] button');
        if (followButton) followButton.setAttribute('aria-pressed', follow ? 'true' : 'false');
        if (muteButton) muteButton.setAttribute('aria-pressed', follow ? 'false' : 'true');
      });
    }).catch(function () { say(card, texts.errorFailed, true); });
  }

  // ---- copy the link -------------------------------------------------------------------------------
  function copy(link) {
    var card = cardOf(link);
    var url = link.href;
    var done = function () { say(card, texts.copied); };
    // Without the clipboard (refused, or an old browser) the address is shown to copy by hand.
    var show = function () { say(card, url); };
    link.setAttribute('data-url', url);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, show);
    } else {
      show();
    }
    closeMenu(card);
    var summary = card.querySelector('details.more summary');
    if (summary) summary.focus();
  }

  // ---- edit in place -------------------------------------------------------------------------------
  function errorText(response) {
    if (response.status !== 422 && response.status !== 400) return Promise.resolve(texts.errorFailed);
    return response.json().then(function (problem) {
      var message = (problem.errors && problem.errors[0] && problem.errors[0].message) || problem.detail || '';
      if (/empty/.test(message)) return texts.errorEmpty;
      if (/at most|too long/.test(message)) return texts.errorLong;
      return texts.errorFailed;
    }, function () { return texts.errorFailed; });
  }

  function markEdited(card, id) {
    if (card.querySelector('[data-action=history]')) return;
    var marker = document.createElement('a');
    marker.className = 'muted edited';
    marker.href = '/posts/' + id + '/history';
    marker.setAttribute('data-action', 'history');
    marker.setAttribute('data-testid', 'edited');
    marker.textContent = texts.edited || '';
    card.querySelector('.byline').appendChild(marker);
  }

  function edit(link) {
    var card = cardOf(link);
    var menu = closeMenu(card);
    if (card.querySelector('form.edit-in-place')) {
      card.querySelector('form.edit-in-place textarea').focus();
      return;
    }
    var id = card.getAttribute('data-post-id');
    var body = card.querySelector('.body');
    var form = document.createElement('form');
    form.className = 'edit-in-place';
    form.setAttribute('data-testid', 'edit-in-place');
    var fieldId = 'edit-' + id;
    var label = document.createElement('label');
    label.setAttribute('for', fieldId);
    label.className = 'visually-hidden';
    label.textContent = texts.editLabel;
    var field = document.createElement('textarea');
    field.id = fieldId;
    field.name = 'body';
    field.rows = 4;
    field.value = body.textContent;
    var error = document.createElement('p');
    error.className = 'error';
    error.id = fieldId + '-error';
    error.setAttribute('aria-live', 'polite');
    var save = document.createElement('button');
    save.type = 'submit';
    save.className = 'small';
    save.textContent = texts.save;
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'small secondary';
    cancel.textContent = texts.cancel;
    form.appendChild(label);
    form.appendChild(field);
    form.appendChild(error);
    form.appendChild(save);
    form.appendChild(cancel);
    body.hidden = true;
    body.parentNode.insertBefore(form, body.nextSibling);
    field.focus();

    var close = function () {
      form.parentNode.removeChild(form);
      body.hidden = false;
      if (menu) menu.querySelector('summary').focus();
    };
    var refuse = function (text) {
      error.textContent = text;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
      field.focus();
    };
    var submit = function () {
      var text = field.value.trim();
      if (!text) { refuse(texts.errorEmpty); return; }
      if (Array.from(text).length > MAX_LENGTH) { refuse(texts.errorLong); return; }
      save.disabled = true;
      call('PATCH', '/api/posts/' + id, { body: field.value }).then(function (response) {
        save.disabled = false;
        if (!response.ok) return errorText(response).then(refuse);
        return response.json().then(function (post) {
          body.textContent = post.body;
          if (post.editedAt) markEdited(card, id);
          var history = card.querySelector('.history');
          if (history) history.parentNode.removeChild(history);
          close();
        });
      }).catch(function () { save.disabled = false; refuse(texts.errorFailed); });
    };
    form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });
    cancel.addEventListener('click', close);
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); submit(); }
      if (event.key === 'Escape') { event.preventDefault(); close(); }
    });
  }

  // ---- the history of an edited post ---------------------------------------------------------------
  function history(link) {
    var card = cardOf(link);
    var id = card.getAttribute('data-post-id');
    var shown = card.querySelector('.history');
    if (shown) {
      shown.parentNode.removeChild(shown);
      link.setAttribute('aria-expanded', 'false');
      return;
    }
    call('GET', '/api/posts/' + id + '/history').then(function (response) {
      if (!response.ok) { window.location.href = link.href; return null; }
      return response.json();
    }).then(function (versions) {
      if (!versions) return;
      var list = document.createElement('ol');
      list.className = 'history versions';
      list.setAttribute('aria-label', texts.history);
      list.setAttribute('data-testid', 'history');
      versions.forEach(function (version, index) {
        var item = document.createElement('li');
        var time = document.createElement('time');
        time.setAttribute('datetime', version.editedAt);
        var date = new Date(version.editedAt);
        time.textContent = isNaN(date.getTime()) ? version.editedAt : date.toLocaleString(document.documentElement.lang);
        item.appendChild(time);
        if (index === versions.length - 1) {
          var current = document.createElement('span');
          current.className = 'badge';
          current.textContent = texts.historyCurrent;
          item.appendChild(document.createTextNode(' '));
          item.appendChild(current);
        }
        var text = document.createElement('p');
        text.className = 'body';
        text.textContent = version.body;
        item.appendChild(text);
        list.appendChild(item);
      });
      var body = card.querySelector('.body');
      body.parentNode.insertBefore(list, body.nextSibling);
      link.setAttribute('aria-expanded', 'true');
    }).catch(function () { window.location.href = link.href; });
  }

  // ---- remove, after a confirmation in the card ----------------------------------------------------
  function remove(link) {
    var card = cardOf(link);
    closeMenu(card);
    var existing = card.querySelector('.confirm-remove');
    if (existing) { existing.querySelector('button').focus(); return; }
    var id = card.getAttribute('data-post-id');
    var box = document.createElement('div');
    box.className = 'confirm-remove';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', texts.remove);
    var question = document.createElement('p');
    question.textContent = texts.removeConfirm;
    var yes = document.createElement('button');
    yes.type = 'button';
    yes.className = 'small danger';
    yes.setAttribute('data-testid', 'confirm-remove');
    yes.textContent = texts.remove;
    var no = document.createElement('button');
    no.type = 'button';
    no.className = 'small secondary';
    no.textContent = texts.cancel;
    box.appendChild(question);
    box.appendChild(yes);
    box.appendChild(no);
    card.appendChild(box);
    yes.focus();
    no.addEventListener('click', function () {
      box.parentNode.removeChild(box);
      card.querySelector('details.more summary').focus();
    });
    yes.addEventListener('click', function () {
      yes.disabled = true;
      call('DELETE', '/api/posts/' + id).then(function (response) {
        if (!response.ok) { yes.disabled = false; question.textContent = texts.errorFailed; return; }
        card.textContent = '';
        card.classList.add('removed-now');
        var gone = document.createElement('p');
        gone.className = 'muted';
        gone.setAttribute('role', 'status');
        gone.setAttribute('tabindex', '-1');
        gone.textContent = texts.removed;
        card.appendChild(gone);
        gone.focus();
      }).catch(function () { yes.disabled = false; question.textContent = texts.errorFailed; });
    });
  }

  // ---- reply to any post of the thread: the reply box moves under it -------------------------------
  function reply(link) {
    var box = document.getElementById('reply');
    var card = cardOf(link);
    if (!box || !box.getAttribute('data-root-id') || !card
        || card.getAttribute('data-thread-id') !== box.getAttribute('data-root-id')) {
      return false;
    }
    var id = card.getAttribute('data-post-id');
    var form = box.querySelector('form');
    var label = box.querySelector('label');
    form.setAttribute('action', '/posts/' + id + '/replies');
    label.textContent = id === box.getAttribute('data-root-id')
      ? box.getAttribute('data-root-label')
      : box.getAttribute('data-reply-to-label').replace('__NAME__', link.getAttribute('data-author'));
    var entry = card.closest('.entry');
    if (entry) entry.appendChild(box);
    else card.parentNode.insertBefore(box, card.nextSibling);
    box.querySelector('textarea').focus();
    return true;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var action = form.getAttribute('data-action');
    if (!cardOf(form)) return;
    if (action === 'like') { event.preventDefault(); like(form); }
    else if (action === 'follow') { event.preventDefault(); subscribe(form, true); }
    else if (action === 'mute') { event.preventDefault(); subscribe(form, false); }
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-action]');
    if (!link || !cardOf(link) || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    var action = link.getAttribute('data-action');
    if (action === 'copy') { event.preventDefault(); copy(link); }
    else if (action === 'edit') { event.preventDefault(); edit(link); }
    else if (action === 'remove') { event.preventDefault(); remove(link); }
    else if (action === 'history') { event.preventDefault(); history(link); }
    else if (action === 'reply') { if (reply(link)) event.preventDefault(); }
  });
})();
