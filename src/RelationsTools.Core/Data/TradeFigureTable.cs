using System.Runtime.CompilerServices;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    internal static class TradeFigureTable
    {

        private const int Id = 0, Metric = 1, Period = 2, Kind = 3, Value = 4, Unit = 5, Qualifier = 6, Citations = 7, Derivation = 8, Note = 9;

        public static readonly TableSchema Schema = new TableSchema(
            "trade-figures.csv",
            new[] { "Id", "Metric", "Period", "Kind", "Value", "Unit", "Qualifier", "Citations", "Derivation", "Note" },
            "Derivation");

        public static string FileName => Schema.FileName;

        /// <param name="everyId">When given, receives the id of every row, the ones the prefilter drops included.</param>
        /// <param name="plan">How a large file is split between threads; null, or ids met in file order (a duplicate check), read it on one.</param>
        public static IEnumerable<TradeFigure> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<TradeMetric>? prefilter = null, ISet<string>? everyId = null, ScanPlan? plan = null)
            => TableScan.Read(filePath, Schema, sink, everyId, (plan ?? ScanPlan.OneThread).UnlessIdsInOrder(seenIds != null || prefilter?.FiltersIds == true),
                (table, rowSink, ids) => ReadRows(table, catalog, rowSink, seenIds, prefilter, ids));

        private static IEnumerable<TradeFigure> ReadRows(CsvTable table, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<TradeMetric>? prefilter, ISet<string>? everyId)
        {
            var metrics = prefilter is null ? Utf8ClosedSet<TradeMetric>.AllAdmitted : Utf8ClosedSet<TradeMetric>.Admitting(prefilter.AdmitsKind);
            while (NextCandidate(table, prefilter, everyId, metrics))
            {
                var metric = table.GetEnum<TradeMetric>(Metric);
                var period = table.GetDate(Period);
                var kind = table.GetEnum<FigureKind>(Kind);
                string id = table.GetId(Id, seenIds);
                var unit = table.GetEnum<ValueUnit>(Unit);
                if (unit != ValueUnit.USD && unit != ValueUnit.Percent && unit != ValueUnit.Count)
                {
                    table.AddProblem(DataErrorIds.UnknownValue, Unit, unit.ToString(), $"'{unit}' is not a unit of a trade figure; use USD, Percent or Count");
                }

                var figure = new TradeFigure(
                    id, metric, period, kind,
                    table.GetQuantity(Value, unit),
                    unit,
                    table.GetEnum<Qualifier>(Qualifier),
                    table.GetCitations(Citations, catalog, required: true),
                    table.Get(Note),
                    table.Get(Derivation));
                if (!table.ReportRowProblems(sink))
                {
                    yield return figure;
                }
            }
        }

        // The skipping loop lives outside the iterator, so that it can be compiled fully optimised from the start.
        [MethodImpl(HotPath.Optimize)]
        private static bool NextCandidate(CsvTable table, IRowPrefilter<TradeMetric>? prefilter, ISet<string>? everyId, Utf8ClosedSet<TradeMetric> kinds)
        {
            while (table.Read())
            {
                if (everyId != null)
                {
                    everyId.Add(table.Get(Id));
                }

                if (prefilter is null || !table.RowIsValid || !Drops(table, prefilter, kinds))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool Drops(CsvTable table, IRowPrefilter<TradeMetric> prefilter, Utf8ClosedSet<TradeMetric> kinds)
        {
            bool admitted = table.PeekAdmits(Metric, kinds, out bool isName);
            if (!isName)
            {
                return false;
            }

            if (!admitted)
            {
                return true;
            }

            return table.TryPeekDateBounds(Period, out var first, out var last, out bool isKnown)
                && !prefilter.AdmitsDays(first, last, isKnown);
        }
    }
}
