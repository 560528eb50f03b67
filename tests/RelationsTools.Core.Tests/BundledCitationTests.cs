using System;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Validation;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The bundled data's citations, checked against the texts of its sources where they are beside the clone.</summary>
    public class BundledCitationTests
    {
        [SharedSourcesFact]
        public void Every_citation_of_the_bundled_data_is_borne_out_by_its_source_text()
        {
            var problems = DataValidator.Validate(RepoPaths.BundledData, null, textFolder: RepoPaths.SharedSources).ToList();

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }
    }
}
