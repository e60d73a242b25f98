#include "ImportPreviewDialog.h"

#include "domain/ImportResult.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum MeasureColumn
{
    ImportedColumn,
    NameColumn,
    UnitColumn,
    PolarityColumn
};

QString settingsGroup(const WideTableLayout &layout)
{
    // The header names, hashed: files of one publication share the layout, whatever their names.
    return QStringLiteral("importLayouts/")
        + QString::fromLatin1(
            QCryptographicHash::hash(layout.key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// A header as a settings key, in hex: keys may not hold every character a header does.
QString settingsKey(const QString &header)
{
    return QString::fromLatin1(header.toUtf8().toHex());
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &file, const ImportResult &preview, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
{
    build(file);
    showPreview(preview);
}

ImportPreviewDialog::ImportPreviewDialog(const QString &file, const ImportResult &preview,
    const WideTableLayout &layout, const TableOptions &options, const Reread &reread, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_layout(layout)
    , m_options(options)
    , m_reread(reread)
{
    build(file);
    showPreview(preview);
}

void ImportPreviewDialog::build(const QString &file)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    resize(m_layout.isValid() ? 900 : 760, m_layout.isValid() ? 720 : 560);
    m_summary->setWordWrap(true);
    m_columns = new QListWidget(this);
    m_columns->setAccessibleName(tr("How each column was understood"));
    m_rejected = new QTableWidget(0, 2, this);
    m_rejected->setHorizontalHeaderLabels({ tr("Row"), tr("Why it will be left out") });
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setAccessibleName(tr("Rows that will be left out"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_layout.isValid())
            rememberOptions(m_layout, m_options);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (m_layout.isValid()) {
        addWideChoices();
        layout->addWidget(m_wideChoices, 2);
    }
    auto *columnsLabel = new QLabel(tr("Co&lumns:"), this);
    columnsLabel->setBuddy(m_columns);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns, 1);
    auto *rejectedLabel = new QLabel(tr("&Rows left out:"), this);
    rejectedLabel->setBuddy(m_rejected);
    layout->addWidget(rejectedLabel);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
}

void ImportPreviewDialog::addWideChoices()
{
    m_wideChoices = new QWidget(this);
    auto *wide = new QVBoxLayout(m_wideChoices);
    wide->setContentsMargins(0, 0, 0, 0);

    // One combo per breakdown: the whole cohort unless the officer keeps another group.
    const QStringList breakdowns = m_layout.headers(WideTableLayout::Role::Breakdown);
    if (!breakdowns.isEmpty()) {
        auto *box = new QGroupBox(tr("Breakdowns: rows kept"), m_wideChoices);
        auto *form = new QFormLayout(box);
        for (const WideTableLayout::Column &c : std::as_const(m_layout.columns)) {
            if (c.role != WideTableLayout::Role::Breakdown)
                continue;
            auto *combo = new QComboBox(box);
            combo->setObjectName(QStringLiteral("breakdown:") + c.header);
            combo->setAccessibleName(tr("Rows kept of %1").arg(c.header));
            combo->addItems(c.values);
            const QString chosen = m_options.breakdowns.value(c.header).value(
                0, c.defaultValue.isEmpty() ? c.values.value(0) : c.defaultValue);
            combo->setCurrentText(chosen);
            connect(combo, &QComboBox::currentTextChanged, this, [this, header = c.header](const QString &v) {
                m_options.breakdowns.insert(header, { v });
                optionsChanged();
            });
            form->addRow(c.header + QLatin1Char(':'), combo);
        }
        wide->addWidget(box);
    }

    // The measures: imported or not, and the name, unit and polarity each gets.
    auto *box = new QGroupBox(tr("Measures"), m_wideChoices);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList measures = m_layout.headers(WideTableLayout::Role::Measure);
    m_measures = new QTableWidget(int(measures.size()), 4, box);
    m_measures->setObjectName(QStringLiteral("measures"));
    m_measures->setAccessibleName(tr("Measures to import"));
    m_measures->setHorizontalHeaderLabels({ tr("Column"), tr("Name"), tr("Unit"), tr("Higher or lower is better") });
    m_measures->verticalHeader()->hide();
    m_measures->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_measures->horizontalHeader()->setSectionResizeMode(ImportedColumn, QHeaderView::ResizeToContents);
    m_measures->horizontalHeader()->setSectionResizeMode(PolarityColumn, QHeaderView::ResizeToContents);
    QSignalBlocker blocker(m_measures);
    for (int row = 0; row < measures.size(); ++row) {
        const QString &header = measures.at(row);
        auto *column = new QTableWidgetItem(header);
        column->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        column->setCheckState(m_options.measureColumns.isEmpty() || m_options.measureColumns.contains(header)
                ? Qt::Checked
                : Qt::Unchecked);
        m_measures->setItem(row, ImportedColumn, column);
        const Indicator chosen = m_options.measures.value(header);
        m_measures->setItem(row, NameColumn, new QTableWidgetItem(chosen.title));
        m_measures->setItem(row, UnitColumn, new QTableWidgetItem(chosen.unit));
        auto *polarity = new QComboBox(m_measures);
        polarity->setObjectName(QStringLiteral("polarity:") + header);
        polarity->addItem(tr("As the file or register says"), QString());
        polarity->addItem(tr("Higher is better"), QStringLiteral("high"));
        polarity->addItem(tr("Lower is better"), QStringLiteral("low"));
        polarity->setCurrentIndex(qMax(0, polarity->findData(polarityKey(chosen.polarity))));
        connect(polarity, &QComboBox::currentIndexChanged, this, [this, header, polarity] {
            Indicator &m = m_options.measures[header];
            m.polarity = polarityFromKey(polarity->currentData().toString());
            optionsChanged();
        });
        m_measures->setCellWidget(row, PolarityColumn, polarity);
    }
    connect(m_measures, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString header = m_measures->item(item->row(), ImportedColumn)->text();
        if (item->column() == ImportedColumn) {
            QStringList chosen;
            for (int r = 0; r < m_measures->rowCount(); ++r) {
                if (m_measures->item(r, ImportedColumn)->checkState() == Qt::Checked)
                    chosen.append(m_measures->item(r, ImportedColumn)->text());
            }
            m_options.measureColumns = chosen;
        } else if (item->column() == NameColumn) {
            m_options.measures[header].title = item->text().simplified();
        } else if (item->column() == UnitColumn) {
            m_options.measures[header].unit = item->text().simplified();
        }
        optionsChanged();
    });
    auto *hint = new QLabel(tr("Names, units and polarity left empty come from the DfE's definitions where the "
                               "program knows the column, else from the column's name."),
        box);
    hint->setWordWrap(true);
    boxLayout->addWidget(hint);
    boxLayout->addWidget(m_measures);
    wide->addWidget(box, 1);
}

void ImportPreviewDialog::optionsChanged()
{
    if (!m_reread)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult preview = m_reread(m_options);
    QApplication::restoreOverrideCursor();
    showPreview(preview);
}

void ImportPreviewDialog::showPreview(const ImportResult &preview)
{
    const int missing = int(std::count_if(preview.observations.cbegin(), preview.observations.cend(),
        [](const Observation &o) { return !o.value; }));
    m_summary->setText(
        tr("%L1 rows will be imported: %L2 values and %L3 published as missing, for %L4 indicators. "
           "%L5 rows will be left out.")
            .arg(preview.observations.size())
            .arg(preview.observations.size() - missing)
            .arg(missing)
            .arg(preview.indicators.size())
            .arg(preview.rejections.size()));
    m_columns->clear();
    m_columns->addItems(preview.columnMapping);
    m_columns->addItems(preview.warnings);
    m_rejected->setRowCount(int(qMin<qsizetype>(preview.rejections.size(), 1000)));
    for (int i = 0; i < m_rejected->rowCount(); ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(preview.rejections.at(i).row)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(preview.rejections.at(i).reason));
    }
    if (auto *import = findChild<QPushButton *>(QStringLiteral("importButton")))
        import->setEnabled(!preview.observations.isEmpty());
}

QString ImportPreviewDialog::summary() const
{
    return m_summary->text();
}

void ImportPreviewDialog::chooseBreakdown(const QString &column, const QString &value)
{
    if (auto *combo = findChild<QComboBox *>(QStringLiteral("breakdown:") + column))
        combo->setCurrentText(value);
}

void ImportPreviewDialog::choosePolarity(const QString &column, Polarity polarity)
{
    if (auto *combo = findChild<QComboBox *>(QStringLiteral("polarity:") + column))
        combo->setCurrentIndex(qMax(0, combo->findData(polarityKey(polarity))));
}

TableOptions ImportPreviewDialog::rememberedOptions(const WideTableLayout &layout)
{
    TableOptions options;
    QSettings settings;
    settings.beginGroup(settingsGroup(layout));
    options.measureColumns = settings.value(QStringLiteral("measureColumns")).toStringList();
    for (const WideTableLayout::Column &c : layout.columns) {
        const QString key = settingsKey(c.header);
        if (c.role == WideTableLayout::Role::Breakdown && settings.contains(QStringLiteral("breakdown/") + key))
            options.breakdowns.insert(c.header, settings.value(QStringLiteral("breakdown/") + key).toStringList());
        if (c.role == WideTableLayout::Role::Measure && settings.contains(QStringLiteral("measure/") + key)) {
            const QStringList m = settings.value(QStringLiteral("measure/") + key).toStringList();
            Indicator indicator;
            indicator.title = m.value(0);
            indicator.unit = m.value(1);
            indicator.polarity = polarityFromKey(m.value(2));
            options.measures.insert(c.header, indicator);
        }
    }
    return options;
}

void ImportPreviewDialog::rememberOptions(const WideTableLayout &layout, const TableOptions &options)
{
    QSettings settings;
    settings.remove(settingsGroup(layout));
    settings.beginGroup(settingsGroup(layout));
    if (!options.measureColumns.isEmpty())
        settings.setValue(QStringLiteral("measureColumns"), options.measureColumns);
    for (auto it = options.breakdowns.cbegin(); it != options.breakdowns.cend(); ++it)
        settings.setValue(QStringLiteral("breakdown/") + settingsKey(it.key()), it.value());
    for (auto it = options.measures.cbegin(); it != options.measures.cend(); ++it)
        settings.setValue(QStringLiteral("measure/") + settingsKey(it.key()),
            QStringList { it.value().title, it.value().unit, polarityKey(it.value().polarity) });
}
