#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

// "Year: [2008 v]": the year a panel shows, from the years given, optionally with "All years"
// first (year 0). Translates its own words when the language changes.
class YearChooser : public QWidget
{
    Q_OBJECT
public:
    enum class AllYears
    {
        Offered,
        NotOffered
    };
    explicit YearChooser(AllYears allYears, QWidget *parent = nullptr);

    // Keeps the chosen year where the new list still has it, else all years (or the last year).
    void setYears(const QList<int> &years);
    int year() const; // 0 for all years
    void setYear(int year);

signals:
    void yearChanged(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AllYears m_allYears;
    QLabel *m_label;
    QComboBox *m_years;
};
