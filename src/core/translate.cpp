#include "ltw/translate.hpp"

#include <mutex>
#include <utility>

namespace ltw {
namespace {

std::mutex& hookMutex() {
    static std::mutex mutex;
    return mutex;
}

TranslateHook& installedHook() {
    static TranslateHook hook;
    return hook;
}

// English as written: the source with its count in place of "%n", and its "(s)" read as English reads it.
// Only the core alone (its tests, a tool without the catalogues) comes here: the program always has the
// catalogues, where every language, English too, gives its own plural forms.
std::string english(const char* source, int n) {
    std::string text(source ? source : "");
    if (n < 0)
        return text;
    const std::string count = std::to_string(n);
    for (auto at = text.find("%n"); at != std::string::npos; at = text.find("%n", at + count.size()))
        text.replace(at, 2, count);
    const std::string ending = n == 1 ? "" : "s";
    for (auto at = text.find("(s)"); at != std::string::npos; at = text.find("(s)", at + ending.size()))
        text.replace(at, 3, ending);
    return text;
}

} // namespace

void setTranslateHook(TranslateHook hook) {
    const std::scoped_lock lock(hookMutex());
    installedHook() = std::move(hook);
}

std::string translate(const char* context, const char* source, const char* disambiguation, int n) {
    TranslateHook hook;
    {
        const std::scoped_lock lock(hookMutex());
        hook = installedHook();
    }
    return hook ? hook(context, source, disambiguation, n) : english(source, n);
}

std::string arg(std::string_view pattern, std::initializer_list<std::string_view> values) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < values.size()) {
                out += *(values.begin() + index);
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace ltw
