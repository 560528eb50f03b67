using System;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>
    /// Which documents speak with one voice: a repost (sources.csv RepostOf) says what its original says, so
    /// the two count once when sources are compared. Each source's voice is the end of its RepostOf chain.
    /// </summary>
    internal sealed class SourceVoices
    {
        private readonly Dictionary<string, RelationsSource> byId = new Dictionary<string, RelationsSource>(RelationsId.Comparer);

        public SourceVoices(IEnumerable<RelationsSource> sources)
        {
            foreach (var source in sources)
            {
                byId[source.Id] = source;
            }
        }

        /// <summary>Adds a source met later (the source of a claim), unless one with its id is known.</summary>
        public void Add(RelationsSource source)
        {
            if (!byId.ContainsKey(source.Id))
            {
                byId[source.Id] = source;
            }
        }

        /// <summary>The id of the original that <paramref name="sourceId"/> copies, through any chain of reposts; its own id when it copies none.</summary>
        public string VoiceOf(string sourceId)
        {
            string voice = sourceId;
            var visited = new HashSet<string>(RelationsId.Comparer) { voice };
            while (byId.TryGetValue(voice, out var source) && source.RepostOf.Length > 0 && visited.Add(source.RepostOf))
            {
                voice = source.RepostOf; // loading refuses cycles; the visited set only keeps a bad catalog from looping
            }

            return byId.TryGetValue(voice, out var original) ? original.Id : voice;
        }
    }
}
