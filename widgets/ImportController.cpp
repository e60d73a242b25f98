#include "ImportController.h"

#include "ingest/ImportWorker.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

ImportController::ImportController(const DatabaseAccess &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    qRegisterMetaType<ImportFileResult>();
    qRegisterMetaType<ImportReport>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

void ImportController::start(const QStringList &files, const QHash<QString, TableOptions> &options)
{
    if (m_thread || files.isEmpty())
        return;
    m_options = options;
    m_last = ImportReport();
    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_database, files, options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // One dialog for the controller's life, hidden between imports rather than deleted: a modal
    // progress dialog runs the event loop inside setValue(), so the import's end can arrive there,
    // and a dialog deleted at that moment was used again by the setValue() it interrupted.
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        // Closing the dialog emits canceled too, so it reaches the worker through the
        // controller, which forgets the worker when it finishes.
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_worker)
                m_worker->cancel();
        });
    }
    m_progress->setWindowTitle(tr("Import documents"));
    m_progress->setLabelText(tr("Importing documents\u2026"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->reset(); // a cancel of the last import forgotten
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    connect(m_worker, &ImportWorker::progressed, this, [this](int done, int total, const QString &file) {
        if (!m_progress || !m_thread) // queued before the import finished
            return;
        m_progress->setMaximum(total * 1000);
        m_progress->setValue(done * 1000);
        if (!file.isEmpty())
            m_progress->setLabelText(
                tr("Importing %1 (%2 of %3)\u2026").arg(QFileInfo(file).fileName()).arg(done + 1).arg(total));
    });
    connect(m_worker, &ImportWorker::rowsProgressed, this,
        [this](int fileIndex, int done, int total, const QString &file, bool pages) {
            if (!m_progress || !m_thread || total <= 0)
                return;
            const QString name = QFileInfo(file).fileName();
            m_progress->setLabelText(pages
                    ? tr("Importing %1: page %L2 of %L3\u2026").arg(name).arg(done).arg(total)
                    : tr("Importing %1: row %L2 of %L3\u2026").arg(name).arg(done).arg(total));
            // The bar has 1000 steps a file; rows move it within the current file's steps.
            m_progress->setValue(fileIndex * 1000 + int(1000.0 * done / total));
        });
    connect(m_worker, &ImportWorker::importFinished, this, &ImportController::finish);
    m_thread->start();
}

QString ImportController::summaryText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportFileResult &f : report.files) {
        QString status;
        switch (f.status) {
        case ImportFileResult::Status::Imported:
            status = tr("Imported");
            break;
        case ImportFileResult::Status::AlreadyPresent:
            status = tr("Already present");
            break;
        case ImportFileResult::Status::Failed:
            status = tr("Not imported");
            break;
        case ImportFileResult::Status::Cancelled:
            status = tr("Cancelled");
            break;
        }
        lines.append(tr("%1 \u2014 %2: %3").arg(QFileInfo(f.file).fileName(), status, f.message));
        for (const QString &w : f.warnings)
            lines.append(tr("    warning: %1").arg(w));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList ImportController::retryableFiles() const
{
    return m_thread ? QStringList() : m_last.retryableFiles();
}

void ImportController::retry()
{
    start(retryableFiles(), m_options);
}

void ImportController::finish(const ImportReport &report)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    if (m_progress)
        m_progress->hide();
    m_last = report;
    emit importFinished(report);

    const std::unique_ptr<QMessageBox> box = resultBox(report);
    if (qEnvironmentVariableIsSet("CSDASH_NO_DIALOGS"))
        return; // headless tests read the report from the signal
    box->exec();
    const QAbstractButton *retryButton = box->findChild<QPushButton *>(QStringLiteral("retryButton"));
    if (retryButton && box->clickedButton() == retryButton)
        retry();
}

std::unique_ptr<QMessageBox> ImportController::resultBox(const ImportReport &report) const
{
    const int failed = report.count(ImportFileResult::Status::Failed);
    auto box = std::make_unique<QMessageBox>(failed ? QMessageBox::Warning : QMessageBox::Information,
        tr("Import documents"),
        tr("%1 imported, %2 already present, %3 not imported%4.")
            .arg(report.count(ImportFileResult::Status::Imported))
            .arg(report.count(ImportFileResult::Status::AlreadyPresent))
            .arg(failed)
            .arg(report.cancelled ? tr(" (cancelled)") : QString()),
        QMessageBox::Ok, m_window);
    box->setDetailedText(summaryText(report));
    const int again = int(report.retryableFiles().size());
    if (again > 0) {
        // The files were fine; the database did not take them, or the officer cancelled. Once the
        // server is back or the other client's lock is released, the same files can go in again.
        QPushButton *retry = box->addButton(tr("&Retry %n File(s)", nullptr, again), QMessageBox::AcceptRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        box->setInformativeText(tr("Nothing was written of %n file(s): the database did not take them, or "
                                   "the import was cancelled. Retry imports them again. Show Details for "
                                   "each reason.",
            nullptr, again));
    } else if (failed) {
        box->setInformativeText(tr("Show Details for the reason each file was not imported."));
    }
    box->setDefaultButton(QMessageBox::Ok);
    return box;
}
