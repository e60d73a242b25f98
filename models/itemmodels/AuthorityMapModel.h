#pragma once

#include "domain/Indicator.h"
#include "domain/Judgement.h"
#include "domain/Observation.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"
#include "reference/HexLayout.h"

#include <QList>
#include <QSet>
#include <optional>

class AuthorityRegister;

// One row per hexagon of the map: every authority of the layout, coloured by one indicator's
// quartile in one period or by the headline grade of one year. It holds value types only; the
// window hands it observations or judgements read from the store.
class AuthorityMapModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LaNumberColumn,
        NameColumn,
        QColumn, // hexagon column
        RColumn, // hexagon row, upwards from the south coast
        ValueColumn, // the raw number; empty without one
        QuartileColumn, // 1-4, empty without a value
        GradeColumn, // 1-4, empty without a grade
        ComparedColumn, // checked for the compared authorities
        ColumnCount
    };
    // Answered on every column of a row.
    enum Role
    {
        LaNumberRole = ItemRoles::AuthorityRole,
        ValueRole = ItemRoles::ValueRole, // double; invalid without a value
        QRole = ItemRoles::UserRoleEnd,
        RRole,
        QuartileRole, // int 1-4; 0 without a value
        RankRole, // int; 0 without a value
        GradeRole, // int 1-4; 0 without a grade
        ComparedRole, // bool
        AddedRole, // bool: an authority of before the layout (to 2009 or 2019) or after it (from 2021)
        ShadeRole, // int 1-4 the view colours by (quartile or grade), 0 for no data
    };
    enum class Mode
    {
        Empty,
        Indicator,
        Grades
    };
    struct QuartileBounds
    {
        int quartile = 0;
        int count = 0; // authorities in the quartile; the bounds are meaningless at 0
        double low = 0;
        double high = 0;
    };

    AuthorityMapModel(
        const HexLayout &layout, const AuthorityRegister &authorities, QObject *parent = nullptr);

    // One indicator: the period whose start year is year, or with year 0 the latest period in which
    // any authority has a value. Quartile 1 is the best quarter by the indicator's polarity, the
    // highest values where the polarity is unknown.
    void setIndicator(const Indicator &indicator, const QList<Observation> &observations, int year = 0);
    // The headline grade (overall effectiveness, annual rating, annual assessment) in year.
    void setGrades(const QList<Judgement> &judgements, int year);
    void clear();
    void setCompared(const QList<int> &laNumbers);

    Mode mode() const { return m_mode; }
    const Indicator &indicator() const { return m_indicator; }
    QString periodLabel() const { return m_period; } // "2019/20" for an indicator, "2008" for grades
    int year() const { return m_year; }
    QList<int> years() const { return m_years; } // start years of the periods with values
    int valueCount() const; // tiles with a value or grade
    // Quartiles 1-4 in order, each with its lowest and highest value.
    QList<QuartileBounds> quartileBounds() const;
    // A value as the indicator asks (its decimals), without and with its unit ("62.1", "62.1 %").
    QString formatNumber(double value) const;
    QString formatValue(double value) const;
    // The words for the colour scale: "quartile 1 is the best quarter (lower is better)".
    QString scaleDescription() const;
    int rowOf(int laNumber) const;
    HexTile tileAt(int row) const { return m_rows.value(row).tile; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        HexTile tile;
        QString name; // the register's name, as the rest of the program shows it
        std::optional<double> value;
        int rank = 0;
        int outOf = 0;
        int quartile = 0;
        int grade = 0;
        QString gradeLabel; // the words as written
    };
    void resetValues();
    QString toolTip(const Row &row) const;

    const AuthorityRegister &m_authorities;
    QList<Row> m_rows;
    QSet<int> m_compared;
    Mode m_mode = Mode::Empty;
    Indicator m_indicator;
    QString m_period;
    int m_year = 0;
    QList<int> m_years;
    int m_decimals = 0; // where the indicator does not say: the most the values shown need, up to 3
};
