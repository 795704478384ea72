// Finding and replacing names in free text: a lenient UTF-8 decoder, simple case folding, word
// boundaries that know about scripts written without spaces, and the patterns built from a roster.
#include "ltw/redaction.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace ltw {
namespace {
// --- UTF-8 ---------------------------------------------------------------------------------------

// One code point and the bytes it came from, so a match can copy the original text around it.
struct Glyph {
    char32_t cp = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 0;
}

// Decodes leniently: a byte that does not start a valid sequence becomes a code point of its own in
// the surrogate range, which no name can contain, and its bytes are still copied through untouched.
std::vector<Glyph> decodeUtf8(std::string_view text) {
    std::vector<Glyph> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t len = sequenceLength(lead);
        bool valid = len != 0 && i + len <= text.size();
        char32_t cp = len == 1 ? lead : len == 2 ? (lead & 0x1F) : len == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            valid = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!valid) {
            out.push_back({static_cast<char32_t>(0xDC00 + lead), i, i + 1});
            ++i;
            continue;
        }
        out.push_back({cp, i, i + len});
        i += len;
    }
    return out;
}

bool inRange(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

// Simple case folding: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals. Other scripts
// compare exactly as typed.
char32_t foldCase(char32_t cp) {
    if (inRange(cp, 'A', 'Z') || (inRange(cp, 0xC0, 0xDE) && cp != 0xD7))
        return cp + 0x20;
    if (inRange(cp, 0x100, 0x12F) || inRange(cp, 0x132, 0x137) || inRange(cp, 0x14A, 0x177))
        return cp | 1;
    if (inRange(cp, 0x139, 0x148) || inRange(cp, 0x179, 0x17E))
        return (cp & 1) ? cp + 1 : cp;
    if (cp == 0x178)
        return 0xFF;
    if (inRange(cp, 0x391, 0x3A9) && cp != 0x3A2)
        return cp + 0x20;
    if (inRange(cp, 0x410, 0x42F))
        return cp + 0x20;
    if (inRange(cp, 0x400, 0x40F))
        return cp + 0x50;
    return cp;
}

bool isSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0; }

// Punctuation, symbols and emoji outside ASCII: they end a word like a space does.
bool isNonAsciiSeparator(char32_t cp) {
    static constexpr std::array<std::pair<char32_t, char32_t>, 20> kRanges = {{
        {0x80, 0xA9},     {0xAB, 0xB4},     {0xB6, 0xB9},     {0xBB, 0xBF},     {0xD7, 0xD7},
        {0xF7, 0xF7},     {0x5BE, 0x5BE},   {0x5C0, 0x5C0},   {0x5F3, 0x5F4},   {0x60C, 0x60D},
        {0x61B, 0x61F},   {0x66A, 0x66D},   {0x964, 0x965},   {0x2000, 0x2BFF}, {0x3000, 0x303F},
        {0xFE00, 0xFE0F}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF0F}, {0xFF1A, 0xFF20}, {0x1F000, 0x1FAFF},
    }};
    return std::any_of(kRanges.begin(), kRanges.end(), [cp](const auto& r) { return inRange(cp, r.first, r.second); });
}

bool isWordChar(char32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return !isNonAsciiSeparator(cp);
}

// Scripts written without spaces between words: a name there has no word boundary to look for.
bool isUnspacedScript(char32_t cp) {
    return inRange(cp, 0x0E00, 0x0EFF) || inRange(cp, 0x1000, 0x109F) || inRange(cp, 0x1780, 0x17FF) ||
           inRange(cp, 0x3040, 0x30FF) || inRange(cp, 0x3400, 0x4DBF) || inRange(cp, 0x4E00, 0x9FFF) ||
           inRange(cp, 0xF900, 0xFAFF) || inRange(cp, 0x20000, 0x2FFFF);
}

// --- redaction -----------------------------------------------------------------------------------

using NamePattern = detail::RedactionPattern;

// A name as folded code points, each run of white space as one space, without leading or trailing space.
std::vector<char32_t> foldName(std::string_view name) {
    std::vector<char32_t> out;
    for (const auto& g : decodeUtf8(name)) {
        if (isSpace(g.cp)) {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
        } else {
            out.push_back(foldCase(g.cp));
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::vector<std::vector<char32_t>> splitWords(const std::vector<char32_t>& folded) {
    std::vector<std::vector<char32_t>> words(1);
    for (char32_t cp : folded) {
        if (cp == ' ')
            words.emplace_back();
        else
            words.back().push_back(cp);
    }
    return words;
}

// Particles of family names ("van", "de"): redacting them alone would blank out ordinary words.
bool isNameParticle(const std::vector<char32_t>& word) {
    static constexpr std::u32string_view kParticles[] = {
        U"al", U"bin", U"bint", U"da", U"das", U"de", U"del", U"della", U"den", U"der", U"di",  U"do", U"dos",
        U"du", U"el",  U"ibn",  U"la", U"las", U"le", U"les", U"los",   U"ten", U"ter", U"van", U"von"};
    const std::u32string_view w(word.data(), word.size());
    return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

void addPattern(std::vector<NamePattern>& patterns, std::vector<char32_t> folded, const std::string& replacement,
                bool fullName) {
    auto same = std::find_if(patterns.begin(), patterns.end(), [&](const auto& p) { return p.folded == folded; });
    if (same == patterns.end()) {
        patterns.push_back({std::move(folded), replacement, fullName});
        return;
    }
    // A full name beats a part of someone else's name; two people sharing a part cannot be told apart.
    if (same->replacement == replacement || (same->fullName && !fullName))
        return;
    if (fullName && !same->fullName)
        *same = {std::move(folded), replacement, true};
    else
        same->replacement = "[participant]";
}

// Every full name, and each word of a longer name (people type first names), longest first.
std::vector<NamePattern> namePatterns(const std::vector<Participant>& participants) {
    std::vector<NamePattern> patterns;
    for (const auto& p : participants) {
        auto folded = foldName(p.name);
        if (folded.empty())
            continue;
        const std::string replacement = "[" + (p.role.empty() ? std::string("participant") : p.role) + "]";
        addPattern(patterns, folded, replacement, true);
    }
    for (const auto& p : participants) {
        const auto words = splitWords(foldName(p.name));
        if (words.size() < 2)
            continue;
        const std::string replacement = "[" + (p.role.empty() ? std::string("participant") : p.role) + "]";
        for (const auto& word : words)
            if (word.size() >= 2 && !isNameParticle(word))
                addPattern(patterns, word, replacement, false);
    }
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const auto& a, const auto& b) { return a.folded.size() > b.folded.size(); });
    return patterns;
}

// Where a match of `pattern` starting at glyph `at` ends (one past), or 0 when it does not match there.
std::size_t matchAt(const std::vector<Glyph>& glyphs, std::size_t at, const NamePattern& pattern) {
    const auto& name = pattern.folded;
    const bool boundaryBefore = !isUnspacedScript(name.front());
    const bool boundaryAfter = !isUnspacedScript(name.back());
    if (boundaryBefore && at > 0 && isWordChar(glyphs[at - 1].cp))
        return 0;
    std::size_t i = at;
    for (char32_t want : name) {
        if (i >= glyphs.size())
            return 0;
        if (want == ' ') {
            if (!isSpace(glyphs[i].cp))
                return 0;
            while (i < glyphs.size() && isSpace(glyphs[i].cp))
                ++i;
            continue;
        }
        if (foldCase(glyphs[i].cp) != want)
            return 0;
        ++i;
    }
    if (boundaryAfter && i < glyphs.size() && isWordChar(glyphs[i].cp))
        return 0;
    return i;
}

// The facilitator's own terms: matched whole, and they win over a participant's word of the same length.
void addTerms(std::vector<NamePattern>& patterns, const std::vector<RedactionTerm>& terms) {
    for (const auto& t : terms) {
        auto folded = foldName(t.term);
        if (!folded.empty())
            addPattern(patterns, std::move(folded), redactionLabel(t), true);
    }
}

} // namespace

std::string redactionLabel(const RedactionTerm& term) {
    constexpr std::string_view kSpace = " \t\r\n";
    const auto first = term.label.find_first_not_of(kSpace);
    if (first == std::string::npos)
        return "[redacted]";
    const auto label = std::string_view(term.label).substr(first, term.label.find_last_not_of(kSpace) - first + 1);
    if (label.front() == '[' && label.back() == ']')
        return std::string(label);
    return "[" + std::string(label) + "]";
}

Redactor::Redactor(const std::vector<Participant>& participants, const std::vector<RedactionTerm>& terms) {
    m_patterns = namePatterns(participants);
    addTerms(m_patterns, terms);
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const auto& a, const auto& b) { return a.folded.size() > b.folded.size(); });
}

std::vector<RedactionMatch> Redactor::matches(std::string_view text) const {
    std::vector<RedactionMatch> out;
    if (m_patterns.empty() || text.empty())
        return out;
    const auto glyphs = decodeUtf8(text);
    std::size_t i = 0;
    while (i < glyphs.size()) {
        std::size_t end = 0;
        const NamePattern* found = nullptr;
        for (const auto& p : m_patterns) {
            end = matchAt(glyphs, i, p);
            if (end != 0) {
                found = &p;
                break;
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        out.push_back({glyphs[i].begin, glyphs[end - 1].end, found->replacement});
        i = end;
    }
    return out;
}

std::string Redactor::apply(std::string_view text) const { return replaceMatches(text, matches(text)); }

std::string replaceMatches(std::string_view text, const std::vector<RedactionMatch>& matches) {
    if (matches.empty())
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0; // bytes of `text` already in `out`
    for (const auto& m : matches) {
        out.append(text.substr(copied, m.begin - copied));
        out += m.replacement;
        copied = m.end;
    }
    out.append(text.substr(copied));
    return out;
}

std::string redactNames(std::string_view text, const std::vector<Participant>& participants) {
    return Redactor(participants, {}).apply(text);
}

} // namespace ltw
