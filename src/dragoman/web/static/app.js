// The one piece of script: pointing at an event card lights up its words in the text.
document.querySelectorAll("article.event[data-event]").forEach(function (card) {
  var id = card.getAttribute("data-event");
  function marks() {
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-events]"), function (m) {
      return m.getAttribute("data-events").split(" ").indexOf(id) >= 0;
    });
  }
  card.addEventListener("mouseenter", function () { marks().forEach(function (m) { m.classList.add("focus"); }); });
  card.addEventListener("mouseleave", function () { marks().forEach(function (m) { m.classList.remove("focus"); }); });
});
