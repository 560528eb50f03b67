using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A user's data folder (-DataPath): the same files and columns as the bundled data, any of them
    /// absent. Its events, figures and claims are streamed: read, checked and filtered row by row, so
    /// memory does not grow with the file. Its rows may cite the bundled sources and name the bundled
    /// actors as well as the folder's own.
    /// </summary>
    public sealed class DataFolder
    {
        private DataFolder(string path, IReadOnlyList<RelationsSource> sources, IReadOnlyList<Actor> actors)
        {
            Path = path;
            Sources = sources;
            Actors = actors;
            Catalog = new Catalog(
                sources.ToDictionary(s => s.Id, StringComparer.Ordinal),
                actors.ToDictionary(a => a.Id, StringComparer.Ordinal));
        }

        public string Path { get; }

        /// <summary>The bundled sources followed by the folder's own.</summary>
        public IReadOnlyList<RelationsSource> Sources { get; }

        /// <summary>The bundled actors followed by the folder's own.</summary>
        public IReadOnlyList<Actor> Actors { get; }

        internal Catalog Catalog { get; }

        /// <summary>
        /// Opens <paramref name="path"/> and reads its small reference tables (sources, actors) whole.
        /// A missing folder, an unreadable file or a wrong header is thrown; bad rows go to <paramref name="sink"/>.
        /// </summary>
        /// <param name="bundled">The data whose sources and actors stay known; null to read the folder on its own.</param>
        public static DataFolder Open(string path, RelationsData? bundled, ReadMonitor sink)
        {
            string full = System.IO.Path.GetFullPath(path);
            if (!Directory.Exists(full))
            {
                throw new DataFileException(DataErrorIds.DataFolderNotFound, full, 0, null, null, "the data folder does not exist");
            }

            var knownSources = bundled?.Sources ?? new RelationsSource[0];
            var knownActors = bundled?.Actors ?? new Actor[0];
            var sourceIds = new IdRegister(knownSources.Select(s => s.Id), "a bundled source");
            var sources = knownSources.Concat(
                RelationsData.ReadIfPresent(full, SourceTable.FileName, file => SourceTable.Read(file, sink, sourceIds, knownSources.Select(s => s.Id).ToList()))).ToList();

            var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var actorIds = new IdRegister(knownActors.Select(a => a.Id), "a bundled actor");
            var actors = knownActors.Concat(
                RelationsData.ReadIfPresent(full, ActorTable.FileName, file => ActorTable.Read(file, new Catalog(sourcesById, new Dictionary<string, Actor>()), sink, actorIds))).ToList();

            return new DataFolder(full, sources, actors);
        }

        /// <summary>The folder's events in file order; <paramref name="prefilter"/> drops rows before they are fully read.</summary>
        internal IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink, IRowPrefilter<EventCategory>? prefilter)
            => ReadTable(EventTable.FileName, file => EventTable.Read(file, Catalog, sink, null, prefilter));

        public IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink) => ReadEvents(sink, null);

        internal IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink, IRowPrefilter<TradeMetric>? prefilter)
            => ReadTable(TradeFigureTable.FileName, file => TradeFigureTable.Read(file, Catalog, sink, null, prefilter));

        public IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink) => ReadTradeFigures(sink, null);

        /// <summary>The folder's claims.csv rows, then each of its trade figures as a claim of every source it cites.</summary>
        public IEnumerable<Claim> ReadClaims(ReadMonitor sink)
            => ReadTable(ClaimTable.FileName, file => ClaimTable.Read(file, Catalog, sink, null))
                .Concat(ReadTradeFigures(sink).SelectMany(figure => Claim.OfFigure(figure, id => Catalog.Sources.TryGetValue(id, out var source) ? source : null)));

        private IEnumerable<T> ReadTable<T>(string fileName, Func<string, IEnumerable<T>> read)
        {
            string file = System.IO.Path.Combine(Path, fileName);
            return File.Exists(file) ? read(file) : Enumerable.Empty<T>();
        }
    }
}
