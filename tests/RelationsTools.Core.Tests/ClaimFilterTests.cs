using System.Linq;
using RelationsTools.Data;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    public class ClaimFilterTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        [Fact]
        public void Topic_wildcards_match_ignoring_case()
        {
            var topics = new ClaimFilter(new[] { "VIETNAM-EXPORT*" }, null).Apply(Data.Claims).Select(c => c.Topic).Distinct();
            Assert.Equal(new[] { "vietnam-export-rank" }, topics);
        }

        [Fact]
        public void Plain_names_that_find_nothing_are_reported_and_wildcards_are_not()
        {
            var filter = new ClaimFilter(new[] { "no-such-topic", "zz*", "bilateral-trade-target-usd" }, new[] { "no-such-source", "cicp*" });

            Assert.Empty(filter.Apply(Data.Claims).ToList());
            Assert.Equal(new[] { ("TopicNotFound", "no-such-topic"), ("SourceNotFound", "no-such-source") }, filter.NotFound(Data).Select(n => (n.ErrorId, n.Name)));
        }

        [Fact]
        public void A_name_found_only_beside_a_name_of_the_other_filter_is_still_found()
        {
            // bilateral-trade-target-usd exists and cicp exists, but CICP does not state it: an empty answer, not a missing name.
            var filter = new ClaimFilter(new[] { "bilateral-trade-target-usd" }, new[] { "cicp-2020-07-13-new-heights" });

            Assert.Empty(filter.Apply(Data.Claims).ToList());
            Assert.Empty(filter.NotFound(Data));
        }

        [Fact]
        public void A_topic_and_a_source_id_match_however_the_claim_writes_them()
        {
            var claim = Claims.Number(2m, source: "Source\u2011A ", topic: "Vietnam-Export-Rank\u200B");
            var byTopic = new ClaimFilter(new[] { "vietnam-export-rank" }, null);

            Assert.Equal(new[] { claim }, new ClaimFilter(new[] { "vietnam-export-rank" }, new[] { "source-a" }).Apply(new[] { claim }));
            Assert.Equal(new[] { claim }, byTopic.Apply(new[] { claim }));
            Assert.Empty(byTopic.NotFound(Data));
        }

        [Fact]
        public void Both_filters_apply_together()
        {
            var claims = new ClaimFilter(new[] { "bilateral-trade-target-usd" }, new[] { "iseas*" }).Apply(Data.Claims).ToList();
            Assert.Equal(new[] { "tf-bilateral-trade-target@iseas-2025-03-mending-fences" }, claims.Select(c => c.Id));
        }
    }
}
