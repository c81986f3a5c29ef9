// Test harness, not part of any host: records every message each iframe on the page posts, so a
// test can count them. Loaded first, before any embed code.
(function () {
  var received = [];
  window.__received = received;
  window.addEventListener('message', function (event) {
    var frames = document.getElementsByTagName('iframe');
    var frame = -1;
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) frame = i;
    var data = event.data;
    received.push({
      frame: frame,
      origin: event.origin,
      text: typeof data === 'string' ? data : JSON.stringify(data),
      at: Math.round(performance.now()),
    });
  });
})();
