using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    internal static class EventTable
    {

        private const int Id = 0, Date = 1, Title = 2, Summary = 3, Category = 4, Status = 5, Actors = 6, Location = 7, Citations = 8, Note = 9;

        public static readonly TableSchema Schema = new TableSchema(
            "events.csv",
            new[] { "Id", "Date", "Title", "Summary", "Category", "Status", "Actors", "Location", "Citations", "Note" },
            "Status");

        public static string FileName => Schema.FileName;

        /// <param name="everyId">When given, receives the id of every row, the ones the prefilter drops included.</param>
        /// <param name="plan">How a large file is split between threads; null, or ids met in file order (a duplicate check, a query by id), read it on one.</param>
        public static IEnumerable<RelationsEvent> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<EventCategory>? prefilter = null, ISet<string>? everyId = null, ScanPlan? plan = null)
            => TableScan.Read(filePath, Schema, sink, everyId, (plan ?? ScanPlan.OneThread).UnlessIdsInOrder(seenIds != null || prefilter?.FiltersIds == true),
                (table, rowSink, ids) => ReadRows(table, catalog, rowSink, seenIds, prefilter, ids));

        private static IEnumerable<RelationsEvent> ReadRows(CsvTable table, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, IRowPrefilter<EventCategory>? prefilter, ISet<string>? everyId)
        {
            var categories = prefilter is null ? Utf8ClosedSet<EventCategory>.AllAdmitted : Utf8ClosedSet<EventCategory>.Admitting(prefilter.AdmitsKind);
            while (NextCandidate(table, prefilter, everyId, categories))
            {
                string id = table.GetId(Id, seenIds);
                var date = table.GetDate(Date);
                var category = table.GetEnum<EventCategory>(Category);

                // A folder written before Status existed holds only what happened.
                var status = table.HasColumn(Status) ? table.GetEnum<EventStatus>(Status) : EventStatus.Happened;
                var citations = table.GetCitations(Citations, catalog, required: true);
                var relationsEvent = new RelationsEvent(
                    id,
                    date,
                    table.GetRequired(Title),
                    table.Get(Summary),
                    category,
                    status,
                    table.GetActorIds(Actors, catalog),
                    table.Get(Location),
                    citations,
                    catalog.KindsOf(citations),
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
        private static bool NextCandidate(CsvTable table, IRowPrefilter<EventCategory>? prefilter, ISet<string>? everyId, Utf8ClosedSet<EventCategory> kinds)
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
        private static bool Drops(CsvTable table, IRowPrefilter<EventCategory> prefilter, Utf8ClosedSet<EventCategory> kinds)
        {
            // The id first when the query names ids: it drops the most, and the query sees every id it asked for.
            if (prefilter.FiltersIds && !prefilter.AdmitsId(table.Get(Id)))
            {
                return true;
            }

            bool admitted = table.PeekAdmits(Category, kinds, out bool isName);
            if (!isName)
            {
                return false;
            }

            if (!admitted)
            {
                return true;
            }

            if (!table.TryPeekDateBounds(Date, out var first, out var last, out bool isKnown))
            {
                return false;
            }

            return !prefilter.AdmitsDays(first, last, isKnown)
                || (prefilter.FiltersText && !MayMatchText(table, Title, prefilter) && !MayMatchText(table, Summary, prefilter));
        }

        // Keywords are searched for in the field's bytes when they are plain ASCII, the usual case, and in its
        // characters decoded on the stack otherwise (Vietnamese names), so a row that does not match is dropped
        // without a string; a field that is not clean text, or too long for the stack, is read in full.
        [MethodImpl(HotPath.Optimize)]
        private static bool MayMatchText(CsvTable table, int column, IRowPrefilter<EventCategory> prefilter)
        {
            var utf8 = table.PeekUtf8(column, out bool plainAscii);
            if (plainAscii)
            {
                return prefilter.AdmitsText(utf8);
            }

            const int OnTheStack = 1024;
            if (utf8.Length > OnTheStack)
            {
                return true;
            }

            Span<char> chars = stackalloc char[utf8.Length];
            return !Utf8Field.TryDecodeReadable(utf8, chars, out int length) || prefilter.AdmitsText(chars.Slice(0, length));
        }
    }
}
