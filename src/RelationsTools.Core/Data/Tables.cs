using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.Data
{
    /// <summary>The ids a table's rows may refer to: sources for citations, actors for events.</summary>
    internal sealed class Catalog
    {
        public Catalog(IReadOnlyDictionary<string, RelationsSource> sources, IReadOnlyDictionary<string, Actor> actors)
        {
            Sources = sources;
            Actors = actors;
        }

        public IReadOnlyDictionary<string, RelationsSource> Sources { get; }

        public IReadOnlyDictionary<string, Actor> Actors { get; }
    }

    /// <summary>
    /// A query's test of a row's cheapest fields, made before the rest of the row is read: a streaming
    /// query over a large file drops most rows after reading two fields in place.
    /// </summary>
    internal interface IRowPrefilter<TKind>
        where TKind : struct
    {
        /// <summary>The row's closed-set field (an event's Category, a figure's Metric).</summary>
        bool AdmitsKind(TKind kind);

        bool AdmitsDays(DateTime? first, DateTime? last, bool isKnown);

        /// <summary>Null when the query does not filter by id, so the id need not be read early.</summary>
        TextPattern[]? Ids { get; }
    }

    internal static class ActorTable
    {
        public const string FileName = "actors.csv";

        private const int Id = 0, Name = 1, Kind = 2, Aliases = 3, Citations = 4;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Name", "Kind", "Aliases", "Citations" };

        public static IEnumerable<Actor> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (table.Read())
            {
                var actor = new Actor(
                    table.GetId(Id, seenIds),
                    table.GetRequired(Name),
                    table.GetEnum<ActorKind>(Kind),
                    table.GetList(Aliases),
                    table.GetCitations(Citations, catalog, required: false));
                if (!table.ReportRowProblems(sink))
                {
                    yield return actor;
                }
            }
        }
    }

    internal static class EventTable
    {
        public const string FileName = "events.csv";

        private const int Id = 0, Date = 1, Title = 2, Summary = 3, Category = 4, Actors = 5, Location = 6, Citations = 7, Note = 8;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Date", "Title", "Summary", "Category", "Actors", "Location", "Citations", "Note" };

        public static IEnumerable<RelationsEvent> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<EventCategory>? prefilter = null)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (NextCandidate(table, prefilter))
            {
                string id = table.GetId(Id, seenIds);
                var date = table.GetDate(Date);
                var category = table.GetEnum<EventCategory>(Category);

                var relationsEvent = new RelationsEvent(
                    id,
                    date,
                    table.GetRequired(Title),
                    table.Get(Summary),
                    category,
                    table.GetActorIds(Actors, catalog),
                    table.Get(Location),
                    table.GetCitations(Citations, catalog, required: true),
                    table.Get(Note));
                if (!table.ReportRowProblems(sink))
                {
                    yield return relationsEvent;
                }
            }
        }

        // Only a row whose cheap fields read cleanly can be dropped here; anything odd is read in full, so its problems are reported.
        // The skipping loop lives outside the iterator, so that it can be compiled fully optimised from the start.
        [MethodImpl(HotPath.Optimize)]
        private static bool NextCandidate(CsvTable table, IRowPrefilter<EventCategory>? prefilter)
        {
            while (table.Read())
            {
                if (prefilter is null || !table.RowIsValid || !Drops(table, prefilter))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool Drops(CsvTable table, IRowPrefilter<EventCategory> prefilter)
        {
            if (!table.TryPeekEnum(Category, out EventCategory category))
            {
                return false;
            }

            if (!prefilter.AdmitsKind(category))
            {
                return true;
            }

            if (!table.TryPeekDateBounds(Date, out var first, out var last, out bool isKnown))
            {
                return false;
            }

            return !prefilter.AdmitsDays(first, last, isKnown)
                || (prefilter.Ids != null && !TextPattern.AnyMatch(prefilter.Ids, table.Get(Id)));
        }
    }

    internal static class TradeFigureTable
    {
        public const string FileName = "trade-figures.csv";

        private const int Id = 0, Metric = 1, Period = 2, Kind = 3, Value = 4, Unit = 5, Qualifier = 6, Citations = 7, Note = 8;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Metric", "Period", "Kind", "Value", "Unit", "Qualifier", "Citations", "Note" };

        public static IEnumerable<TradeFigure> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<TradeMetric>? prefilter = null)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (NextCandidate(table, prefilter))
            {
                var metric = table.GetEnum<TradeMetric>(Metric);
                var period = table.GetDate(Period);
                var kind = table.GetEnum<FigureKind>(Kind);
                string id = table.GetId(Id, seenIds);
                var unit = table.GetEnum<ValueUnit>(Unit);
                if (unit == ValueUnit.Rank || unit == ValueUnit.Date)
                {
                    table.AddProblem(DataErrorIds.UnknownValue, Unit, unit.ToString(), $"'{unit}' is not a unit of a trade figure; use USD, Percent or Count");
                }

                var figure = new TradeFigure(
                    id, metric, period, kind,
                    table.GetQuantity(Value, unit),
                    unit,
                    table.GetEnum<Qualifier>(Qualifier),
                    table.GetCitations(Citations, catalog, required: true),
                    table.Get(Note));
                if (!table.ReportRowProblems(sink))
                {
                    yield return figure;
                }
            }
        }

        // The skipping loop lives outside the iterator, so that it can be compiled fully optimised from the start.
        [MethodImpl(HotPath.Optimize)]
        private static bool NextCandidate(CsvTable table, IRowPrefilter<TradeMetric>? prefilter)
        {
            while (table.Read())
            {
                if (prefilter is null || !table.RowIsValid || !Drops(table, prefilter))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool Drops(CsvTable table, IRowPrefilter<TradeMetric> prefilter)
        {
            if (!table.TryPeekEnum(Metric, out TradeMetric metric))
            {
                return false;
            }

            if (!prefilter.AdmitsKind(metric))
            {
                return true;
            }

            return table.TryPeekDateBounds(Period, out var first, out var last, out bool isKnown)
                && !prefilter.AdmitsDays(first, last, isKnown);
        }
    }

    internal static class ClaimTable
    {
        public const string FileName = "claims.csv";

        private const int Id = 0, Topic = 1, Value = 2, Unit = 3, Qualifier = 4, AsOf = 5, SourceId = 6, Citation = 7, Statement = 8;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Topic", "Value", "Unit", "Qualifier", "AsOf", "SourceId", "Citation", "Statement" };

        public static IEnumerable<Claim> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (table.Read())
            {
                string id = table.GetId(Id, seenIds);
                string topic = table.GetRequired(Topic);
                var unit = table.GetEnum<ValueUnit>(Unit);
                string valueText = table.Get(Value);
                decimal? number = null;
                FuzzyDate? date = null;
                if (unit == ValueUnit.Date)
                {
                    date = table.GetDate(Value);
                }
                else
                {
                    number = table.GetQuantity(Value, unit);
                }

                var qualifier = table.GetEnum<Qualifier>(Qualifier);
                var asOf = table.GetDate(AsOf);
                var source = table.GetSource(SourceId, catalog);
                var citations = table.GetCitations(Citation, catalog, required: true);
                if (source != null && citations.Count > 0 && (citations.Count != 1 || citations[0].SourceId != source.Id))
                {
                    table.AddProblem(DataErrorIds.InvalidCitation, Citation, table.Get(Citation),
                        $"a claim cites exactly one paragraph (or range) of its own source '{source.Id}'");
                }

                string statement = table.GetRequired(Statement);
                if (!table.ReportRowProblems(sink))
                {
                    yield return new Claim(id, topic, valueText, number, date, unit, qualifier, asOf, source!, citations[0], statement);
                }
            }
        }
    }
}
