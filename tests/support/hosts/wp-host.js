// Mimics WordPress's wp-embed.js host script: it accepts { message: 'height', value, secret } only
// from the iframe whose data-secret matches, and says { message: 'ready', secret } to each embed
// once the page has loaded. Unlike wp-embed.js it does not clamp the height to 200–1000 px, so
// the test can compare the full height.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.secret !== 'string' || /[^a-zA-Z0-9]/.test(data.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (data.message === 'height') {
        var height = parseInt(data.value, 10);
        if (height > 0) frame.height = String(height);
      }
    }
  });
  window.addEventListener('load', function () {
    var frames = document.querySelectorAll('iframe.wp-embedded-content');
    for (var i = 0; i < frames.length; i++) {
      frames[i].contentWindow.postMessage({ message: 'ready', secret: frames[i].getAttribute('data-secret') }, '*');
    }
  });
})();
