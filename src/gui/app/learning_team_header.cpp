#include "app/learning_team_header.hpp"
#include "common/conversions.hpp"

using namespace Qt::StringLiterals;

namespace ltw::gui {

LearningTeamHeader::LearningTeamHeader(QWidget* parent) : QLabel(parent) {
    setObjectName(u"learningTeamHeader"_s);
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 6, 8, 2);
}

void LearningTeamHeader::setLearningTeam(const std::optional<LearningTeam>& lt, const Team& team) {
    if (!lt) {
        clear();
        return;
    }
    auto esc = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString html = u"<h2 style='margin:0'>%1</h2><p style='margin:2px 0'>%2 · %3</p>"_s.arg(
        esc(lt->title), esc(team.name), words(lt->use).toHtmlEscaped());
    if (!lt->scopeQuestion.empty())
        html += u"<p style='margin:2px 0'><i>%1</i></p>"_s.arg(esc(lt->scopeQuestion));
    setText(html);
}

} // namespace ltw::gui
