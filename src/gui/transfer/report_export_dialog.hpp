// Asked before the share-out report leaves the laptop: in which format (or to the printer), with or
// without participants' names, and a review of every place in its text where a name or a term of the
// Learning Team's redaction list was found, with what replaces it in every format. The facilitator can
// add terms to the list (people not on the roster, places, equipment ids) and sees the review follow.
#pragma once

#include "share/report_document.hpp"

#include "ltw/domain.hpp"
#include "ltw/report.hpp"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace ltw {
class Repository;
}

namespace ltw::gui {

class LearningTeamDocument;

enum class ReportFormat { Pdf, Odt, Html, Markdown };

class ReportExportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Export, Print };

    ReportExportDialog(Repository& repo, LearningTeamDocument& document, Purpose purpose, bool withNames,
                       QWidget* parent = nullptr);

    ReportFormat format() const;
    PaperSize paper() const;
    bool withNames() const;
    int findingCount() const;

private:
    void refresh();
    void addTerm();
    void removeTerm();
    void termEdited(int row, int column);
    void storeTerms(const std::vector<RedactionTerm>& terms);

    Repository& m_repo;
    QPointer<LearningTeamDocument> m_document;
    Purpose m_purpose;
    bool m_filling = false;

    QComboBox* m_format = nullptr;
    QCheckBox* m_names = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_review = nullptr;
    QTableWidget* m_terms = nullptr;
    QPushButton* m_removeTerm = nullptr;
    int m_findings = 0;
};

} // namespace ltw::gui
