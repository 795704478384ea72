// One way for every text a person reads to reach their language, in the core and the window alike. The
// core stays free of Qt: it asks `translate`, and the program installs a hook that looks the text up in the
// Qt Linguist catalogues (translations/ltw_*.ts). Without a hook, the English source is the text.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace ltw {

// Looks up (context, English source, disambiguation, n) and returns the text with "%n" replaced by n.
using TranslateHook =
    std::function<std::string(const char* context, const char* source, const char* disambiguation, int n)>;

// Installs the hook every `translate` goes through; an empty one brings back the English as written.
void setTranslateHook(TranslateHook hook);

// The text in the reader's language. Named and shaped like QCoreApplication::translate, so that lupdate
// finds every call (plural forms too, through `n`) and one catalogue serves the core and the window.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

// A count as `translate` takes it. Written as a call, since lupdate does not read a cast in that place.
template <typename Number>
int asCount(Number n) {
    return static_cast<int>(n);
}

// `pattern` with %1 … %9 replaced by `values` in one pass (a value's own "%2" is left alone), the way
// QString::arg fills a translated text: a translation may put the values in another order.
std::string arg(std::string_view pattern, std::initializer_list<std::string_view> values);

} // namespace ltw

// Marks a static English text for lupdate where it is kept in a table; translate it where it is shown.
#define LTW_TRANSLATE_NOOP(context, source) source
