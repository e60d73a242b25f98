#include "YearChooser.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

YearChooser::YearChooser(AllYears allYears, QWidget *parent)
    : QWidget(parent)
    , m_allYears(allYears)
    , m_label(new QLabel(this))
    , m_years(new QComboBox(this))
{
    m_label->setBuddy(m_years);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_years);
    connect(m_years, &QComboBox::currentIndexChanged, this, [this] { emit yearChanged(year()); });
    setFocusProxy(m_years);
    retranslate();
}

void YearChooser::setYears(const QList<int> &years)
{
    const int current = year();
    {
        const QSignalBlocker blocker(m_years);
        m_years->clear();
        if (m_allYears == AllYears::Offered)
            m_years->addItem(tr("All years"), 0);
        for (int y : years)
            m_years->addItem(QString::number(y), y);
        const int i = m_years->findData(current);
        m_years->setCurrentIndex(i >= 0 ? i : (m_allYears == AllYears::Offered ? 0 : m_years->count() - 1));
    }
    if (year() != current)
        emit yearChanged(year());
}

int YearChooser::year() const
{
    return m_years->currentData().toInt();
}

void YearChooser::setYear(int year)
{
    const int i = m_years->findData(year);
    if (i >= 0)
        m_years->setCurrentIndex(i);
}

void YearChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void YearChooser::retranslate()
{
    m_label->setText(tr("&Year:"));
    if (m_allYears == AllYears::Offered && m_years->count() > 0)
        m_years->setItemText(0, tr("All years"));
}
