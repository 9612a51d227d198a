// Doxygen adds this after its own MathJax.Hub.Config({ ... }) (MATHJAX_CODEFILE in Doxyfile.in).
// A display formula wider than the text column is broken at its operators instead of sticking out (a long
// step of a derivation on the lesson 11 and closed-forms pages).
MathJax.Hub.Config({ "HTML-CSS": { linebreaks: { automatic: true } } });
// Only a display formula: an inline one stays on one line (in a table cell, MathJax would break it at every
// operator). MathJax gives each formula the width to break at in preTranslate; an inline one gets its
// "no breaking" width back. (The prototype's: MathJax copies it to preProcess once the jax is ready.)
MathJax.Hub.Register.StartupHook("HTML-CSS Jax Ready", function () {
  var html = MathJax.OutputJax["HTML-CSS"].constructor.prototype, preTranslate = html.preTranslate;
  html.preTranslate = function (state) {
    preTranslate.apply(this, arguments);
    state.jax[this.id].forEach(function (script) {
      var jax = script.MathJax && script.MathJax.elementJax;
      if (jax && jax.HTMLCSS && !/mode=display/.test(script.type)) jax.HTMLCSS.lineWidth = 1000000;
    });
  };
});
