// The phrases are the ones that come up when people explain an event by someone's failing rather than
// by the work around them. Each word form is listed on its own, so nothing is matched by accident.
#include "ltw/blame_language.hpp"

#include "ltw/translate.hpp"

#include <array>
#include <optional>

namespace ltw {
namespace {

// Lower case, one space between words, a plain apostrophe.
constexpr auto kPhrases = std::to_array<std::string_view>({
    "should have",
    "should've",
    "shouldn't have",
    "should not have",
    "should know better",
    "failed to",
    "human error",
    "operator error",
    "user error",
    "careless",
    "carelessly",
    "carelessness",
    "complacent",
    "complacency",
    "didn't follow",
    "did not follow",
    "not paying attention",
    "wasn't paying attention",
    "weren't paying attention",
    "didn't pay attention",
    "did not pay attention",
    "lack of attention",
    "inattention",
    "inattentive",
    "negligent",
    "negligence",
    "lazy",
    "laziness",
    "reckless",
    "recklessly",
    "recklessness",
    "sloppy",
    "at fault",
    "to blame",
    "his fault",
    "her fault",
    "their fault",
    "your fault",
    "violated",
    "violation",
    "violations",
    "ignored the procedure",
    "ignored procedure",
    "ignored the rules",
    "wasn't careful",
    "was not careful",
    "weren't careful",
    "were not careful",
    "cut corners",
    "cutting corners",
    // Spanish, as people say it on a site or a plant floor, with and without the accents they may skip.
    "debería haber",
    "deberia haber",
    "deberían haber",
    "deberian haber",
    "debió haber",
    "debio haber",
    "debieron haber",
    "tendría que haber",
    "tendria que haber",
    "tendrían que haber",
    "tendrian que haber",
    "tenía que haber",
    "tenia que haber",
    "no siguió el procedimiento",
    "no siguio el procedimiento",
    "no siguieron el procedimiento",
    "no siguió las reglas",
    "no siguio las reglas",
    "no respetó el procedimiento",
    "no respeto el procedimiento",
    "no cumplió el procedimiento",
    "no cumplio el procedimiento",
    "ignoró el procedimiento",
    "ignoro el procedimiento",
    "se saltó el procedimiento",
    "se salto el procedimiento",
    "descuidado",
    "descuidada",
    "descuidados",
    "descuidadas",
    "descuido",
    "error humano",
    "error del operador",
    "error del trabajador",
    "falta de atención",
    "falta de atencion",
    "no prestó atención",
    "no presto atencion",
    "no prestaba atención",
    "no prestaba atencion",
    "distraído",
    "distraido",
    "distraída",
    "distraida",
    "negligente",
    "negligencia",
    "imprudente",
    "imprudencia",
    "flojo",
    "floja",
    "flojera",
    "perezoso",
    "exceso de confianza",
    "se confió",
    "se confio",
    "tiene la culpa",
    "tuvo la culpa",
    "fue su culpa",
    "es su culpa",
    "culpa suya",
    "culpable",
    "incumplimiento",
    "tomó atajos",
    "tomo atajos",
    "no tuvo cuidado",
    "no tuvieron cuidado",
});

constexpr std::string_view kRightQuote = "\u2019"; // ’ as typed by word processors and phones
constexpr std::string_view kLeftQuote = "\u2018";  // ‘ where autocorrect guessed the wrong way
constexpr std::string_view kNoBreakSpace = "\u00a0";

struct CodePoint {
    char32_t value = 0;
    std::size_t size = 1;
};

// The code point starting at `at`; a malformed byte reads as a one-byte non-letter.
CodePoint decodeAt(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t size = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        size = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        size = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        size = 4;
        value = lead & 0x07;
    } else {
        return {0xFFFD, 1};
    }
    if (at + size > text.size())
        return {0xFFFD, 1};
    for (std::size_t i = 1; i < size; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, size};
}

// The code point that ends just before `at`.
CodePoint decodeBefore(std::string_view text, std::size_t at) {
    std::size_t start = at - 1;
    while (start > 0 && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    const auto cp = decodeAt(text, start);
    return start + cp.size == at ? cp : CodePoint{0xFFFD, 1};
}

// Whether a code point carries a word on. The phrases are English and Spanish, so besides ASCII letters and
// digits this counts accented Latin letters and combining accents; other scripts and all punctuation end a word.
bool continuesWord(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (c >= 0xC0 && c <= 0x24F)
        return c != 0xD7 && c != 0xF7; // × and ÷ sit among the letters
    return c >= 0x300 && c <= 0x36F;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of the separator at `at`: a space, tab, line break, hyphen or no-break space; 0 for none.
std::size_t separatorAt(std::string_view text, std::size_t at) {
    switch (text[at]) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case '-': return 1;
    default: return text.substr(at).starts_with(kNoBreakSpace) ? kNoBreakSpace.size() : 0;
    }
}

// Where `phrase` ends if it is written at `at` (not yet checking what follows it).
std::optional<std::size_t> matchAt(std::string_view text, std::size_t at, std::string_view phrase) {
    std::size_t t = at;
    for (const char p : phrase) {
        if (t >= text.size())
            return std::nullopt;
        if (p == ' ') {
            const auto before = t;
            while (t < text.size())
                if (const auto n = separatorAt(text, t); n > 0)
                    t += n;
                else
                    break;
            if (t == before)
                return std::nullopt;
        } else if (p == '\'') {
            const auto rest = text.substr(t);
            if (rest.front() == '\'')
                t += 1;
            else if (rest.starts_with(kRightQuote) || rest.starts_with(kLeftQuote))
                t += kRightQuote.size();
            else
                return std::nullopt;
        } else if (lower(text[t]) == p) {
            t += 1;
        } else {
            return std::nullopt;
        }
    }
    return t;
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

} // namespace

std::vector<BlameHint> findBlameLanguage(std::string_view text) {
    std::vector<BlameHint> hints;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!isAsciiLetter(text[at]) || (at > 0 && continuesWord(decodeBefore(text, at).value))) {
            ++at;
            continue;
        }
        std::optional<BlameHint> best;
        for (const auto phrase : kPhrases) {
            const auto end = matchAt(text, at, phrase);
            if (!end || (*end < text.size() && continuesWord(decodeAt(text, *end).value)))
                continue;
            if (!best || *end > best->end)
                best = BlameHint{std::string(phrase), at, *end};
        }
        if (best) {
            at = best->end;
            hints.push_back(std::move(*best));
        } else {
            ++at;
        }
    }
    return hints;
}

std::string blameNudgeText() {
    return translate("BlameLanguage",
                     "A question that can open this up: what made this make sense to the people there at the time?");
}

} // namespace ltw
