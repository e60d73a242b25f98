#pragma once

#include "domain/Indicator.h"
#include "domain/Judgement.h"
#include "domain/Observation.h"

#include <QWidget>

class AuthorityMapModel;
class AuthorityMapView;
class QComboBox;
class QLabel;
class QPushButton;
class YearChooser;

// The Map tab: a chooser of what colours the map (the headline grades, or a published measure with
// values for many authorities), the year, the map itself and an export button. The window reads
// the store and hands the panel value types, as it does for the other panels.
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    // Measures with values for fewer authorities are not offered: a map of a handful says little.
    static constexpr int MinimumAuthorities = 10;

    explicit MapPanel(AuthorityMapModel *model, QWidget *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    QString currentCode() const; // empty for the headline grades
    void selectCode(const QString &code);
    int year() const;
    void setYear(int year);
    // The chosen measure's data; the year chooser offers the years it holds.
    void showGrades(const QList<Judgement> &judgements);
    void showIndicator(const Indicator &indicator, const QList<Observation> &observations);
    AuthorityMapView *mapView() const { return m_view; }
    // What the export writes: the map's title, and its context line (measure, period, source).
    QString title() const;
    QString contextLine() const;
    void retranslate();

signals:
    void measureChosen(const QString &code); // empty for the headline grades
    void authorityActivated(int laNumber);
    void exportRequested();

private:
    void apply(); // the stored data into the model for the chosen year
    void updateHeading();

    AuthorityMapModel *m_model;
    QLabel *m_measureLabel;
    QComboBox *m_measure;
    YearChooser *m_year;
    QPushButton *m_export;
    AuthorityMapView *m_view;
    bool m_grades = true;
    QList<Judgement> m_judgements;
    Indicator m_indicator;
    QList<Observation> m_observations;
};
