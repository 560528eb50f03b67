using System.IO;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>A test that needs the bundled data's source texts (../shared/sources); skipped, saying so, where they are absent.</summary>
    public sealed class SharedSourcesFactAttribute : FactAttribute
    {
        public SharedSourcesFactAttribute()
        {
            if (!Directory.Exists(RepoPaths.SharedSources))
            {
                Skip = $"the source texts are not at {RepoPaths.SharedSources} (../shared/sources beside the clone), so the bundled data's citations were not checked against them";
            }
        }
    }
}
