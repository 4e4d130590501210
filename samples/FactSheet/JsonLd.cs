using System.Linq;
using System.Text.Json.Nodes;
using FactSheet.Content;

namespace FactSheet;

/// <summary>
/// The facts as schema.org JSON-LD, for the fact-checking ecosystem: the article, the appearances its sources made,
/// a <c>Claim</c> per claim and a <c>ClaimReview</c> per checked review, in one <c>@graph</c>. Only what the content
/// knows is written: no date, URL or author is made up where it is absent.
/// </summary>
internal static class JsonLd
{
    /// <summary>The verdicts on schema.org's 1-5 rating, best first; 'unverifiable' has no rating value, only its name.</summary>
    private static int? Rating(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.True => 5,
        ReviewVerdict.MostlyTrue => 4,
        ReviewVerdict.Mixed => 3,
        ReviewVerdict.Misleading => 2,
        ReviewVerdict.False => 1,
        _ => null,
    };

    public static JsonObject Document()
    {
        var graph = new JsonArray();
        foreach (var article in Articles.All)
        {
            graph.Add(WithKnown(new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["@id"] = Id("article", article.Id),
                ["headline"] = article.Title,
                ["description"] = article.Standfirst,
                ["publisher"] = Organization(article.Publisher),
            }, ("url", article.Url?.ToString()), ("datePublished", article.Published?.ToString()), ("author", article.Byline)));
        }

        foreach (var appearance in Appearances.All)
        {
            graph.Add(WithKnown(new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["@id"] = Id("appearance", appearance.Id),
                ["name"] = appearance.AsWritten,
                ["author"] = Organization(appearance.By),
            }, ("url", appearance.Url?.ToString()), ("datePublished", Known(appearance))));
        }

        foreach (var claim in Claims.All)
        {
            var node = new JsonObject
            {
                ["@type"] = "Claim",
                ["@id"] = Id("claim", claim.Id),
                ["text"] = claim.Statement,
                ["appearance"] = new JsonArray(new JsonObject { ["@id"] = Id("article", claim.AppearsIn.Id) }),
            };
            // Where it first appeared is known when the article says where its source said it, or when the claim is the
            // publisher's own; for a source the article only reports, it is not. An unnamed consensus has no author.
            var first = claim.SaidIn is { } said ? Id("appearance", said.Id) : claim.Attribution == ClaimAttribution.Publisher ? Id("article", claim.AppearsIn.Id) : null;
            graph.Add(WithKnown(
                node,
                ("firstAppearance", first is null ? null : new JsonObject { ["@id"] = first }),
                ("author", claim.AssertedBy is { } author ? Organization(author) : null),
                ("datePublished", claim.SaidIn is { } appearance ? Known(appearance) : null)));
        }

        foreach (var review in Reviews.All.Where(review => review.Status == ReviewStatus.Checked))
        {
            foreach (var claim in review.Claims)
            {
                var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = review.Verdict!.Value.ToText() };
                if (Rating(review.Verdict.Value) is { } value)
                {
                    rating["ratingValue"] = value;
                    rating["bestRating"] = 5;
                    rating["worstRating"] = 1;
                }

                graph.Add(WithKnown(new JsonObject
                {
                    ["@type"] = "ClaimReview",
                    ["@id"] = Id("review", review.Id + "/" + claim.Id),
                    ["claimReviewed"] = claim.Statement,
                    ["itemReviewed"] = new JsonObject { ["@id"] = Id("claim", claim.Id) },
                    ["reviewRating"] = rating,
                    ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = review.Reviewer },
                    ["datePublished"] = review.Date!.Value.ToString(),
                }, ("url", review.Url?.ToString()), ("reviewBody", review.Explanation)));
            }
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
    }

    /// <summary>An appearance's date only as the article writes it: a year taken from context is our reading, not a published date.</summary>
    private static string? Known(Appearance appearance) =>
        appearance.When.Known == AppearanceWhenKnown.AsWritten ? appearance.When.Date?.ToString() : null;

    private static JsonObject Organization(Organisation organisation) => new() { ["@type"] = "Organization", ["name"] = organisation.Name };

    /// <summary>A node id within this document: '#claim-accessible-only-through-suwalki-gap'.</summary>
    private static string Id(string kind, string id) => "#" + kind + "-" + id;

    /// <summary>The properties whose values are known; absent ones are left out rather than written empty.</summary>
    private static JsonObject WithKnown(JsonObject node, params (string Name, JsonNode? Value)[] optional)
    {
        foreach (var (name, value) in optional.Where(pair => pair.Value is not null))
        {
            node[name] = value;
        }

        return node;
    }
}
