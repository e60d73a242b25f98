#include "ImportPreviewDialog.h"

#include "domain/ImportResult.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ImportPreviewDialog::ImportPreviewDialog(const QString &file, const ImportResult &preview, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    resize(760, 560);
    const int missing = int(std::count_if(preview.observations.cbegin(), preview.observations.cend(),
        [](const Observation &o) { return !o.value; }));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%L1 rows will be imported: %L2 values and %L3 published as missing, for %L4 indicators. "
           "%L5 rows will be left out.")
            .arg(preview.observations.size())
            .arg(preview.observations.size() - missing)
            .arg(missing)
            .arg(preview.indicators.size())
            .arg(preview.rejections.size()));

    auto *columns = new QListWidget(this);
    columns->addItems(preview.columnMapping);
    columns->setAccessibleName(tr("How each column was understood"));

    auto *rejected = new QTableWidget(int(qMin<qsizetype>(preview.rejections.size(), 1000)), 2, this);
    rejected->setHorizontalHeaderLabels({ tr("Row"), tr("Why it will be left out") });
    rejected->horizontalHeader()->setStretchLastSection(true);
    rejected->verticalHeader()->hide();
    rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rejected->setAccessibleName(tr("Rows that will be left out"));
    for (int i = 0; i < rejected->rowCount(); ++i) {
        rejected->setItem(i, 0, new QTableWidgetItem(QString::number(preview.rejections.at(i).row)));
        rejected->setItem(i, 1, new QTableWidgetItem(preview.rejections.at(i).reason));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(!preview.observations.isEmpty());
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Columns:"), this));
    layout->addWidget(columns, 1);
    layout->addWidget(new QLabel(tr("Rows left out:"), this));
    layout->addWidget(rejected, 2);
    layout->addWidget(buttons);
}

QString ImportPreviewDialog::summary() const
{
    return m_summary->text();
}
