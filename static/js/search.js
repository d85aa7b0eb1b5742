/* Signpost: the search page. The words a reader types are searched on this
   device, in this page, by Pagefind's WebAssembly over the site's own index
   (fetched from this site, never anywhere else). The query is never sent,
   never put in the address bar or the history (no form, no "?q="), never
   stored (no cookies, no storage) and never offered back by autofill
   (autocomplete="off", no field name), and the parts of the index a query
   needs are never kept in the browser's cache. "Exit this page" clears the
   box and the results; so does leaving the page, so Back does not show
   them again.
   Without JavaScript, or where the search cannot run, the page's list of
   every page stays the way to find one. */
(function () {
  'use strict';

  var box = document.querySelector('[data-search]');
  if (!box || typeof Promise === 'undefined') {
    return;
  }
  var input = box.querySelector('[data-search-input]');
  var status = box.querySelector('[data-search-status]');
  var list = box.querySelector('[data-search-results]');
  var more = box.querySelector('[data-search-more]');
  var locale = box.getAttribute('data-locale');
  var root = box.getAttribute('data-root');
  var shownAtOnce = parseInt(box.getAttribute('data-results-shown'), 10) || 5;

  var engine = null; // a promise of the Pagefind instance
  var generation = 0; // bumped by every search and every clear
  var found = []; // the results of the current search
  var shown = 0; // how many of them are on the page
  var timer = null;

  var say = function (name) {
    status.textContent = name ? box.getAttribute('data-text-' + name) : '';
  };

  // Which parts of the index a search fetches depends on its words (the
  // part of the word list they are in, one small file per result shown):
  // those are fetched without the browser's cache ever keeping them, so
  // they leave no trace on the device. Pagefind fetches with the page's
  // fetch(); only those requests are changed.
  var bundle = new URL(box.getAttribute('data-bundle'), document.baseURI);
  var folder = bundle.href.slice(0, bundle.href.lastIndexOf('/') + 1);
  var pageFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = String(input instanceof Request ? input.url : new URL(String(input), document.baseURI).href);
    if (url.indexOf(folder + 'index/') === 0 || url.indexOf(folder + 'fragment/') === 0) {
      return pageFetch.call(window, input, Object.assign({}, init, { cache: 'no-store' }));
    }
    return pageFetch.call(window, input, init);
  };

  // Pagefind's script, from this site, loaded once. The search runs on this
  // page (no worker): one Content-Security-Policy governs it, and the first
  // search downloads less.
  var load = function () {
    if (!engine) {
      var url = bundle.href;
      engine = import(url).then(function (pagefind) {
        var instance = pagefind.createInstance({ noWorker: true, excerptLength: 24 });
        return instance.init().then(function () {
          return instance;
        });
      });
      engine.catch(function () {
        engine = null;
      });
    }
    return engine;
  };

  var clear = function () {
    generation += 1;
    window.clearTimeout(timer);
    found = [];
    shown = 0;
    input.value = '';
    list.textContent = '';
    more.hidden = true;
    say('');
  };

  // Pagefind's excerpt marks the matched words with <mark> and escapes < and
  // > of the text; it is rebuilt here from text nodes, so nothing in it is
  // ever parsed as HTML.
  var excerpt = function (paragraph, marked) {
    var parts = String(marked || '').split(/(<mark>|<\/mark>)/);
    var inMark = false;
    for (var i = 0; i < parts.length; i += 1) {
      if (parts[i] === '<mark>') {
        inMark = true;
      } else if (parts[i] === '</mark>') {
        inMark = false;
      } else if (parts[i]) {
        var text = document.createTextNode(parts[i].replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
        if (inMark) {
          var mark = document.createElement('mark');
          mark.appendChild(text);
          paragraph.appendChild(mark);
        } else {
          paragraph.appendChild(text);
        }
      }
    }
  };

  // One result: only pages of this page's language (Pagefind keeps one
  // index per language; this holds even if a language had no index).
  var add = function (data) {
    var url = data && data.raw_url ? data.raw_url : '';
    if (url.indexOf(locale + '/') !== 0) {
      return;
    }
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = root + url;
    link.textContent = (data.meta && data.meta.title) || url;
    var paragraph = document.createElement('p');
    excerpt(paragraph, data.excerpt);
    item.appendChild(link);
    item.appendChild(paragraph);
    list.appendChild(item);
  };

  // The next results, each loaded as it is shown.
  var showMore = function () {
    var mine = generation;
    var batch = found.slice(shown, shown + shownAtOnce);
    shown += batch.length;
    more.hidden = true;
    return Promise.all(batch.map(function (result) {
      return result.data();
    })).then(function (pages) {
      if (mine !== generation) {
        return;
      }
      pages.forEach(add);
      more.hidden = shown >= found.length;
      say(list.children.length ? 'found' : 'none');
    });
  };

  var search = function () {
    window.clearTimeout(timer);
    var query = input.value.trim();
    generation += 1;
    var mine = generation;
    found = [];
    shown = 0;
    list.textContent = '';
    more.hidden = true;
    if (!query) {
      say('');
      return;
    }
    say('searching');
    load()
      .then(function (instance) {
        return instance.search(query);
      })
      .then(function (response) {
        if (mine !== generation) {
          return null;
        }
        found = (response && response.results) || [];
        if (found.length === 0) {
          say('none');
          return null;
        }
        return showMore();
      })
      .catch(function () {
        if (mine === generation) {
          say('unavailable');
        }
      });
  };

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  more.addEventListener('click', function () {
    var first = list.children.length;
    showMore().then(function () {
      var next = list.children[first] && list.children[first].querySelector('a');
      if (next) {
        next.focus();
      }
    }).catch(function () {
      say('unavailable');
    });
  });

  // The quick exit (static/js/site.js) and leaving the page clear it all.
  document.addEventListener('signpost:exit', clear);
  window.addEventListener('pagehide', clear);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      clear();
    }
  });

  clear();
  box.hidden = false;
})();
