// Mimics amp-iframe's resizing: it accepts { sentinel: 'amp', type: 'embed-size', height } only from
// the window of an <iframe resizable> it manages, and sets that iframe's height.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[resizable]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.round(height) + 'px';
    }
  });
})();
