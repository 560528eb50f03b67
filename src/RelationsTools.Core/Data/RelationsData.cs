using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A data folder held whole: every table read once, strictly (the first bad row throws), and kept. The
    /// bundled dataset is one, read table by table on first use, so a command that needs only the sources
    /// never parses the events.
    /// </summary>
    public sealed class RelationsData : DataStore
    {
        private static readonly Lazy<RelationsData> BundledData = new Lazy<RelationsData>(() => new RelationsData(BundledDataFolder), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Lazy<IReadOnlyList<RelationsSource>> sources;
        private readonly Lazy<IReadOnlyList<Actor>> actors;
        private readonly Lazy<Catalog> catalog;
        private readonly Lazy<IReadOnlyList<RelationsEvent>> events;
        private readonly Lazy<IReadOnlyList<TradeFigure>> figures;
        private readonly Lazy<IReadOnlyList<Claim>> claimRows;
        private readonly Lazy<IReadOnlyList<Claim>> claims;

        private RelationsData(string folder)
        {
            var sink = ReadMonitor.Strict;
            sources = Once(() => ReadTable(folder, SourceTable.Schema, path => SourceTable.Read(path, sink, new IdRegister())).ToList());
            actors = Once(() => ReadTable(folder, ActorTable.Schema, path => ActorTable.Read(path, new Catalog(Sources, Array.Empty<Actor>()), sink, new IdRegister())).ToList());
            catalog = new Lazy<Catalog>(() => new Catalog(Sources, Actors), LazyThreadSafetyMode.ExecutionAndPublication);
            events = Once(() => ReadTable(folder, EventTable.Schema, path => EventTable.Read(path, Catalog, sink, new IdRegister())).ToList());
            figures = Once(() => ReadTable(folder, TradeFigureTable.Schema, path => TradeFigureTable.Read(path, Catalog, sink, new IdRegister())).ToList());
            claimRows = Once(() => ReadTable(folder, ClaimTable.Schema, path => ClaimTable.Read(path, Catalog, sink, new IdRegister())).ToList());
            claims = Once(() => claimRows.Value.Concat(ClaimsOf(TradeFigures)).ToList());
            Folder = folder;
        }

        /// <summary>The dataset that ships with the module, read lazily and thread-safely, once per process.</summary>
        public static RelationsData Bundled => BundledData.Value;

        /// <summary>
        /// The folder of the bundled dataset: <c>data</c> beside the folder this assembly was loaded from
        /// (the module's layout is <c>dependencies/RelationsTools.Core.dll</c> and <c>data/*.csv</c>).
        /// </summary>
        public static string BundledDataFolder
        {
            get
            {
                string assemblyFolder = Path.GetDirectoryName(typeof(RelationsData).Assembly.Location) ?? ".";
                return Path.GetFullPath(Path.Combine(assemblyFolder, "..", "data"));
            }
        }

        internal string Folder { get; }

        public override IReadOnlyList<RelationsSource> Sources => sources.Value;

        public override IReadOnlyList<Actor> Actors => actors.Value;

        /// <summary>Events in file order.</summary>
        public IReadOnlyList<RelationsEvent> Events => events.Value;

        public IReadOnlyList<TradeFigure> TradeFigures => figures.Value;

        /// <summary>The rows of claims.csv, then each trade figure as a claim of every source it cites.</summary>
        public IReadOnlyList<Claim> Claims => claims.Value;

        internal override Catalog Catalog => catalog.Value;

        /// <summary>Reads and checks every table in <paramref name="folder"/> now; the first problem is thrown as a <see cref="DataFileException"/>.</summary>
        public static RelationsData Load(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new DataFileException(DataErrorIds.DataFolderNotFound, folder, 0, null, null, "the data folder does not exist");
            }

            var data = new RelationsData(folder);
            _ = data.Claims.Count + data.Events.Count; // every table, so that a bad one throws here
            return data;
        }

        // The rows are already read and checked: the query filters the objects, so the prefilter has nothing to save.
        internal override IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink, IRowPrefilter<EventCategory>? prefilter) => Events;

        internal override IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink, IRowPrefilter<TradeMetric>? prefilter) => TradeFigures;

        internal override IEnumerable<Claim> ReadClaimRows(ReadMonitor sink) => claimRows.Value;

        private static Lazy<IReadOnlyList<T>> Once<T>(Func<List<T>> read)
            => new Lazy<IReadOnlyList<T>>(() => read(), LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
