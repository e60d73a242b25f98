#include "ReviewPanel.h"

#include "EvidenceHtml.h"

#include "domain/Document.h"
#include "itemmodels/CandidateListModel.h"
#include "itemmodels/ItemRoles.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

ReviewPanel::ReviewPanel(CandidateListModel *candidates, QWidget *parent)
    : QWidget(parent)
    , m_candidates(candidates)
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_sentence(new QTextBrowser(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_showDecided(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_heading->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_candidates);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setResizeContentsPrecision(100); // a long queue: widths from its first rows
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sentence->setOpenLinks(false);
    m_sentence->setObjectName(QStringLiteral("candidateSentence"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showDecided);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_sentence, 1);
    lowerLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_accept, &QPushButton::clicked, this, [this] { decide(ReviewState::Accepted); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ReviewState::Rejected); });
    // A and R anywhere in the panel; Enter and Delete on the list, where the eyes are.
    const auto shortcut = [this](const QKeySequence &keys, QWidget *on, Qt::ShortcutContext context,
                              ReviewState decision) {
        auto *s = new QShortcut(keys, on);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, [this, decision] { decide(decision); });
    };
    shortcut(QKeySequence(Qt::Key_A), this, Qt::WidgetWithChildrenShortcut, ReviewState::Accepted);
    shortcut(QKeySequence(Qt::Key_R), this, Qt::WidgetWithChildrenShortcut, ReviewState::Rejected);
    shortcut(QKeySequence(Qt::Key_Return), m_table, Qt::WidgetShortcut, ReviewState::Accepted);
    shortcut(QKeySequence(Qt::Key_Enter), m_table, Qt::WidgetShortcut, ReviewState::Accepted);
    shortcut(QKeySequence(Qt::Key_Delete), m_table, Qt::WidgetShortcut, ReviewState::Rejected);
    connect(m_showDecided, &QCheckBox::toggled, this, &ReviewPanel::showDecidedChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReviewPanel::currentChanged);
    connect(m_candidates, &QAbstractItemModel::modelReset, this, &ReviewPanel::restoreCurrent);
    retranslate();
    currentChanged();
}

void ReviewPanel::retranslate()
{
    m_heading->setText(tr("Grades read from papers and news with too little confidence to show them. "
                          "Accept one to show it in the grades and charts, or reject it."));
    m_accept->setText(tr("Accept"));
    m_accept->setToolTip(tr("Show this grade in the grades and charts (A or Enter)"));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Keep this grade out of the grades and charts (R or Delete)"));
    m_showDecided->setText(tr("Show decided"));
    m_showDecided->setToolTip(tr("List the grades already accepted or rejected too, to change a decision"));
    m_table->setAccessibleName(tr("Grades to review"));
    m_sentence->setAccessibleName(tr("Sentence"));
    m_sentence->setAccessibleDescription(tr("The paragraph the chosen grade was read from, with its sentence "
                                            "highlighted"));
    // The sentence's heading (its source kind) is worded again too: the window shows it anew.
    currentChanged();
}

bool ReviewPanel::showDecided() const
{
    return m_showDecided->isChecked();
}

QString ReviewPanel::title() const
{
    return tr("&Review (%1)").arg(m_candidates->undecidedCount());
}

Judgement ReviewPanel::currentCandidate() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_candidates->candidateAt(current.row()) : Judgement();
}

QString ReviewPanel::sentenceText() const
{
    return m_sentence->toPlainText();
}

void ReviewPanel::showSentence(const Document &document, const Evidence &evidence)
{
    const QString html = EvidenceHtml::paragraph(document, evidence);
    if (html.isEmpty()) {
        m_sentence->setPlainText(tr("The sentence could not be found in the stored text of this document."));
        return;
    }
    const Judgement j = currentCandidate();
    QString about = tr("%1 \u2014 from: %2").arg(document.title, sourceKindDisplayName(j.source));
    if (!j.note.isEmpty())
        about += QStringLiteral("<br>") + tr("Read so because: %1").arg(j.note.toHtmlEscaped());
    m_sentence->setHtml(QStringLiteral("<p><i>%1</i></p><p>%2</p>").arg(about, html));
    m_sentence->scrollToAnchor(QStringLiteral("evidence"));
}

void ReviewPanel::currentChanged()
{
    const Judgement j = currentCandidate();
    m_accept->setEnabled(j.id > 0 && j.review != ReviewState::Accepted);
    m_reject->setEnabled(j.id > 0 && j.review != ReviewState::Rejected);
    if (j.id == 0) {
        m_sentence->setPlainText(m_candidates->rowCount() == 0 ? tr("No grades wait for review.")
                                                               : tr("Choose a grade to read its sentence."));
        return;
    }
    emit candidateChosen(j);
}

void ReviewPanel::decide(ReviewState decision)
{
    const QModelIndex current = m_table->currentIndex();
    const Judgement j = currentCandidate();
    if (j.id == 0 || j.review == decision)
        return;
    // The next one down, or the one above when this was the last: where the officer goes on.
    const int row = current.row();
    const int next = row + 1 < m_candidates->rowCount() ? row + 1 : row - 1;
    m_nextId = next >= 0 ? m_candidates->candidateAt(next).id : 0;
    m_decidedRow = row;
    emit decisionMade(j.id, decision);
}

void ReviewPanel::restoreCurrent()
{
    int row = m_nextId ? m_candidates->rowOfId(m_nextId) : -1;
    if (row < 0 && m_candidates->rowCount() > 0)
        row = qBound(0, m_decidedRow, m_candidates->rowCount() - 1);
    m_nextId = 0;
    m_decidedRow = -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_candidates->index(row, 0)); // which tells the window
    else
        currentChanged();
}
