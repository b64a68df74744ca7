// Lists of posts, enhanced. "Older posts" loads the next page below the current one, where you are,
// without a reload. On home, new posts in your feed (heard from the live stream, see relay.js) are
// offered by a button at the top, "3 new posts", that puts them above the others. Plain script; without
// it the link still opens the next page and a reload shows the new posts.
(function () {
  'use strict';
  if (!window.fetch || !window.DOMParser) return;

  function page(url) {
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) { return new DOMParser().parseFromString(html, 'text/html'); });
  }

  // The post cards of a list, outermost only (a card may hold parts that name its post too).
  function cardsIn(container) {
    return Array.prototype.filter.call(container.querySelectorAll('[data-post-id]'), function (card) {
      var outer = card.parentElement;
      while (outer && outer !== container) {
        if (outer.hasAttribute('data-post-id')) return false;
        outer = outer.parentElement;
      }
      return true;
    });
  }

  function insertBefore(node, anchor, container) {
    if (anchor && anchor.parentNode) anchor.parentNode.insertBefore(node, anchor); else container.appendChild(node);
  }

  function shown(container) {
    var ids = {};
    cardsIn(container).forEach(function (card) { ids[card.getAttribute('data-post-id')] = true; });
    return ids;
  }

  // Brought in from another document: times said as on the rest of the page, focusable as a target.
  function adopt(card) {
    card = document.importNode(card, true);
    card.setAttribute('tabindex', '-1');
    if (window.RelayTimes) window.RelayTimes.say(card);
    return card;
  }

  // "Older posts": the next page's posts go below, the focus to the first of them, the scroll stays.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-load-more]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') return;
    var container = link.parentElement;
    link.setAttribute('aria-busy', 'true');
    page(link.href).then(function (next) {
      var there = next.querySelector('a[data-load-more]');
      var nextContainer = there ? there.parentElement : next.querySelector('[data-post-id]') && next.querySelector('[data-post-id]').parentElement;
      var have = shown(container);
      var added = nextContainer ? cardsIn(nextContainer).filter(function (card) {
        return !have[card.getAttribute('data-post-id')];
      }).map(function (card) {
        var mine = adopt(card);
        insertBefore(mine, link, container);
        return mine;
      }) : [];
      if (there) {
        link.href = there.getAttribute('href');
        link.removeAttribute('aria-busy');
      } else {
        link.remove();
      }
      if (added.length) added[0].focus({ preventScroll: true });
    }).catch(function () {
      window.location.href = link.href;
    });
  });

  // Home: "n new posts".
  var feed = document.querySelector('[data-live-feed]');
  if (!feed) return;
  var region = feed.querySelector('[data-testid=new-posts-region]');
  var waiting = {};
  var button = null;

  function count() { return Object.keys(waiting).length; }

  function offer() {
    var n = count();
    if (n === 0) {
      if (button) { button.remove(); button = null; }
      return;
    }
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'new-posts-button';
      button.setAttribute('data-testid', 'new-posts');
      button.addEventListener('click', load);
      region.appendChild(button);
    }
    button.textContent = n === 1 ? feed.dataset.newOne : feed.dataset.newMany.replace('%n', n);
  }

  function load() {
    button.disabled = true;
    page('/').then(function (fresh) {
      var there = fresh.querySelector('[data-live-feed]');
      var have = shown(feed);
      var first = cardsIn(feed)[0] || null;
      var empty = feed.querySelector('[data-testid=feed-empty]');
      var anchor = first || empty || feed.querySelector('a[data-load-more]');
      var added = (there ? cardsIn(there) : []).filter(function (card) {
        var id = card.getAttribute('data-post-id');
        return !have[id] && (!first || Number(id) > Number(first.getAttribute('data-post-id')));
      }).map(function (card) {
        var mine = adopt(card);
        insertBefore(mine, anchor, feed);
        return mine;
      });
      if (added.length && empty) empty.remove();
      waiting = {};
      if (button) button.disabled = false;
      offer();
      if (added.length) added[0].focus();
    }).catch(function () {
      if (button) button.disabled = false;
    });
  }

  document.addEventListener('relay:feed', function (event) {
    var id = event.detail && event.detail.postId;
    if (!id || shown(feed)[String(id)]) return;
    waiting[String(id)] = true;
    offer();
  });
})();
