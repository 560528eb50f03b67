using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A loaded data folder: every table, read whole and checked across tables (unique ids, known
    /// sources and actors). The bundled dataset is small; it is loaded once per process, on first use.
    /// </summary>
    public sealed class RelationsData
    {
        private static readonly Lazy<RelationsData> BundledData =
            new Lazy<RelationsData>(() => Load(BundledDataFolder), LazyThreadSafetyMode.ExecutionAndPublication);

        private RelationsData(string folder, IReadOnlyList<RelationsSource> sources, IReadOnlyList<Actor> actors, IReadOnlyList<RelationsEvent> events, IReadOnlyList<TradeFigure> figures, IReadOnlyList<Claim> claims)
        {
            Folder = folder;
            Sources = sources;
            Actors = actors;
            Events = events;
            TradeFigures = figures;
            Claims = claims;
            ActorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        }

        public string Folder { get; }

        public IReadOnlyList<RelationsSource> Sources { get; }

        public IReadOnlyList<Actor> Actors { get; }

        /// <summary>Events in file order.</summary>
        public IReadOnlyList<RelationsEvent> Events { get; }

        public IReadOnlyList<TradeFigure> TradeFigures { get; }

        /// <summary>The rows of claims.csv, then each trade figure as a claim of every source it cites.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        public IReadOnlyDictionary<string, Actor> ActorsById { get; }

        /// <summary>The dataset that ships with the module, loaded lazily and thread-safely, once per process.</summary>
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

        /// <summary>Loads and checks every table in <paramref name="folder"/>; the first problem is thrown as a <see cref="DataFileException"/>.</summary>
        public static RelationsData Load(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new DataFileException(DataErrorIds.DataFolderNotFound, folder, 0, null, null, "the data folder does not exist");
            }

            var sink = ReadMonitor.Strict;
            var sources = SourceTable.Read(Path.Combine(folder, SourceTable.FileName), sink, new IdRegister());
            var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var noActors = new Dictionary<string, Actor>();

            var actors = ReadIfPresent(folder, ActorTable.FileName, path => ActorTable.Read(path, new Catalog(sourcesById, noActors), sink, new IdRegister()));
            var catalog = new Catalog(sourcesById, actors.ToDictionary(a => a.Id, StringComparer.Ordinal));

            var events = ReadIfPresent(folder, EventTable.FileName, path => EventTable.Read(path, catalog, sink, new IdRegister()));
            var figures = ReadIfPresent(folder, TradeFigureTable.FileName, path => TradeFigureTable.Read(path, catalog, sink, new IdRegister()));
            var claims = ReadIfPresent(folder, ClaimTable.FileName, path => ClaimTable.Read(path, catalog, sink, new IdRegister()));
            claims.AddRange(figures.SelectMany(figure => Claim.OfFigure(figure, id => sourcesById.TryGetValue(id, out var source) ? source : null)));
            return new RelationsData(folder, sources, actors, events, figures, claims);
        }

        // A table the folder does not have is "none of those": a user's folder may hold only events.
        internal static List<T> ReadIfPresent<T>(string folder, string fileName, Func<string, IEnumerable<T>> read)
        {
            string path = Path.Combine(folder, fileName);
            return File.Exists(path) ? read(path).ToList() : new List<T>();
        }

    }
}
