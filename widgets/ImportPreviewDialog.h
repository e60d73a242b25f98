#pragma once

#include "ingest/TableOptions.h"
#include "ingest/WideTableLayout.h"

#include <QDialog>
#include <functional>

struct ImportResult;
class QLabel;
class QListWidget;
class QTableWidget;

// Before a data file is written: how each column was understood, how many rows will be imported
// (and how many of them are missing values), and which rows will be left out and why. For a wide
// table, the officer chooses which columns are measures, which breakdown to keep, and each
// measure's name, unit and polarity where the file does not say; the choices are remembered for
// files of the same layout and the preview follows them.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    using Reread = std::function<ImportResult(const TableOptions &options)>;

    ImportPreviewDialog(const QString &file, const ImportResult &preview, QWidget *parent = nullptr);
    ImportPreviewDialog(const QString &file, const ImportResult &preview, const WideTableLayout &layout,
        const TableOptions &options, const Reread &reread, QWidget *parent = nullptr);

    QString summary() const;
    TableOptions options() const { return m_options; }
    // The choices made last time for a file of this layout (none: the defaults).
    static TableOptions rememberedOptions(const WideTableLayout &layout);
    // Remembers options for files of this layout.
    static void rememberOptions(const WideTableLayout &layout, const TableOptions &options);

    // For tests, as an officer would: keep only value of a breakdown column; set a measure's polarity.
    void chooseBreakdown(const QString &column, const QString &value);
    void choosePolarity(const QString &column, Polarity polarity);

private:
    void build(const QString &file);
    void showPreview(const ImportResult &preview);
    void addWideChoices();
    void optionsChanged();

    QLabel *m_summary;
    QListWidget *m_columns = nullptr;
    QTableWidget *m_rejected = nullptr;
    QTableWidget *m_measures = nullptr;
    QWidget *m_wideChoices = nullptr;
    WideTableLayout m_layout;
    TableOptions m_options;
    Reread m_reread;
};
