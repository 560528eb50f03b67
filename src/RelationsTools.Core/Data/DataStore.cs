using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// The one way the cmdlets and the report reach data: the bundled dataset (<see cref="RelationsData"/>) or a
    /// user's folder (<see cref="DataFolder"/>). Sources and actors are small and held whole; events, figures
    /// and claims are read on each call, so a folder's large file streams. Bad rows go to the sink given.
    /// </summary>
    public abstract class DataStore
    {
        internal DataStore()
        {
        }

        public abstract IReadOnlyList<RelationsSource> Sources { get; }

        public abstract IReadOnlyList<Actor> Actors { get; }

        /// <summary>The events in file order.</summary>
        public IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink) => ReadEvents(sink, null);

        /// <summary>The trade figures in file order.</summary>
        public IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink) => ReadTradeFigures(sink, null);

        /// <summary>The rows of claims.csv, then each trade figure as a claim of every source it cites.</summary>
        public IEnumerable<Claim> ReadClaims(ReadMonitor sink)
            => ReadClaimRows(sink).Concat(ClaimsOf(ReadTradeFigures(sink)));

        /// <param name="prefilter">Drops rows on their cheapest fields before the rest is read; the caller still filters what comes back.</param>
        internal abstract IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink, IRowPrefilter<EventCategory>? prefilter);

        internal abstract IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink, IRowPrefilter<TradeMetric>? prefilter);

        /// <summary>The rows of claims.csv alone, for a caller that has read the figures already.</summary>
        internal abstract IEnumerable<Claim> ReadClaimRows(ReadMonitor sink);

        /// <summary>Each figure as a claim of every source it cites, the sources as this data knows them.</summary>
        internal IEnumerable<Claim> ClaimsOf(IEnumerable<TradeFigure> figures)
        {
            var catalog = Catalog;
            return figures.SelectMany(figure => Claim.OfFigure(figure, catalog.SourceOrNull));
        }

        internal abstract Catalog Catalog { get; }

        /// <summary>The path of a table in <paramref name="folder"/>, or null when the folder does not have it: a missing file is a table with no rows.</summary>
        internal static string? TablePath(string folder, TableSchema schema)
        {
            string path = Path.Combine(folder, schema.FileName);
            return File.Exists(path) ? path : null;
        }

        internal static IEnumerable<T> ReadTable<T>(string folder, TableSchema schema, Func<string, IEnumerable<T>> read)
        {
            string? path = TablePath(folder, schema);
            return path is null ? Enumerable.Empty<T>() : read(path);
        }
    }
}
