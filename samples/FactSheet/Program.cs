using System;
using System.Linq;
using FactSheet.Content;

// Prints the article's fact sheet from generated members only: each claim with its chain (who asserts it,
// where, reported by whom, how sure), what it is based on, and the article's words it rests on. With a place
// id as argument (`dotnet run --project samples/FactSheet -- kaliningrad`) it prints that place's sheet instead;
// with --json-ld, the facts as schema.org JSON-LD (Claim, ClaimReview) for fact-checking tools.
if (args is ["--json-ld"])
{
    Console.WriteLine(FactSheet.JsonLd.Document().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    return 0;
}

if (args.Length > 0)
{
    if (!Places.TryGet(args[0], out var place))
    {
        Console.Error.WriteLine($"No place has the id '{args[0]}'. Known ids: {string.Join(", ", Places.All.Select(p => p.Id))}");
        return 1;
    }

    PrintPlace(place);
    return 0;
}

var article = Articles.RussiaMovesKaliningradAirDefences;
Console.WriteLine(article.Title);
Console.WriteLine(article.Standfirst);
Console.WriteLine($"Published by {article.Publisher.Name}. About: {string.Join(", ", article.About.Select(p => p.Name))}.");
Console.WriteLine();

Console.WriteLine($"Claims ({Claims.Count})");
foreach (var claim in Claims.All)
{
    Console.WriteLine($"- {claim.Statement}{(claim.Part == ClaimPart.Body ? "" : $" [{claim.Part.ToText()}]")}");
    Console.WriteLine($"    chain: {Chain(claim)}");
    Console.WriteLine($"    how sure: {claim.Certainty.ToText()}");
    if (claim.BasedOn.Count > 0)
    {
        Console.WriteLine($"    based on: {string.Join(" + ", claim.BasedOn.Select(basis => $"{basis.Claim.Id} ({basis.As.ToText()})"))}");
    }

    if (claim.Happened is { } happened)
    {
        Console.WriteLine($"    happened: {When(happened.Date, happened.AsWritten, happened.Known.ToText())}");
    }

    if (claim.Quantity is { } quantity)
    {
        var within = quantity.Within is null ? "" : $" within {quantity.Within}";
        Console.WriteLine($"    number: {quantity.Qualifier.ToText()} {quantity.Count} {quantity.Of}{within}");
    }

    Console.WriteLine($"    excerpt: \"{claim.Excerpt}\"");
    foreach (var quote in Quotes.BySupports(claim))
    {
        Console.WriteLine($"    quote: \"{quote.Text}\" ({quote.Speaker.Name})");
    }
}

// The headline states as fact what the body says is likely: the drift is in the data.
Console.WriteLine();
Console.WriteLine("Headline and standfirst against the body");
foreach (var claim in Claims.All.Where(c => c.Part != ClaimPart.Body))
{
    Console.WriteLine($"- {claim.Part.ToText()}: \"{claim.Excerpt}\" ({claim.Certainty.ToText()})");
}

Console.WriteLine($"- body: \"{Claims.AirDefencesForcedToFrontline.Excerpt}\" ({Claims.AirDefencesForcedToFrontline.Certainty.ToText()}, {Chain(Claims.AirDefencesForcedToFrontline)})");

// One proposition, stated more than once: where a restatement is surer than what it restates, it drops a hedge.
Console.WriteLine();
Console.WriteLine("Restatements");
foreach (var claim in Claims.All.Where(c => c.Restates is not null))
{
    var restated = claim.Restates!.Claim;
    var drops = claim.Certainty == ClaimCertainty.Stated && restated.Certainty != ClaimCertainty.Stated ? $"; drops \"{restated.Certainty.ToText()}\"" : "";
    Console.WriteLine($"- {claim.Id} restates {restated.Id} ({claim.Restates.Wording.ToText()}){drops}");
}

// Each quotation whole, and the parts of it claims rest on.
Console.WriteLine();
Console.WriteLine("Quotations");
foreach (var quotation in Quotations.All)
{
    var where = quotation.SaidIn is { } appearance ? $", in \"{appearance.AsWritten}\"" : "";
    Console.WriteLine($"- \"{quotation.Text}\" ({quotation.Speaker.Name}{where})");
    foreach (var part in Quotes.ByQuotation(quotation))
    {
        Console.WriteLine($"    \"{part.Text}\" → {string.Join(", ", part.Supports.Select(c => c.Id))}");
    }
}

Console.WriteLine();
Console.WriteLine($"Reviews: {Reviews.Count} propositions, {Reviews.All.Count(r => r.Status == ReviewStatus.Checked)} checked, {Reviews.All.Count(r => r.Status == ReviewStatus.Unchecked)} unchecked");

// An id written as a string is checked when the sample builds: misspell it and the build fails with FB0040.
var focus = Places.Get("kaliningrad");
Console.WriteLine();
Console.WriteLine($"In focus: {focus.Name}, {Claims.ByAbout(focus).Count} claims");

Console.WriteLine();
Console.WriteLine("Claims by place");
foreach (var place in Places.All.Where(p => Claims.ByAbout(p).Count > 0))
{
    Console.WriteLine($"- {place.Name}: {string.Join("; ", Claims.ByAbout(place).Select(c => c.Id))}");
}

Console.WriteLine();
Console.WriteLine("Retired names");
foreach (var retired in Places.AllIncludingRetired.Where(p => p.IsRetired))
{
    Console.WriteLine($"- {retired.Name}: {retired.RetirementReason}; now {retired.SupersededBy?.Name} ({retired.Provenance})");
}

// Naming a retired entry in code is a compiler warning (CS0618) that names its replacement; it is
// silenced here only because showing it is the point.
#pragma warning disable CS0618
Console.WriteLine($"Places.Koenigsberg still resolves, to {Places.Koenigsberg.SupersededBy?.Name}.");
#pragma warning restore CS0618

Console.WriteLine();
Console.WriteLine("History");
foreach (var historicalEvent in HistoricalEvents.All)
{
    var when = When(historicalEvent.When.Date, historicalEvent.When.AsWritten, historicalEvent.When.Known.ToText());
    Console.WriteLine($"- {when}: {historicalEvent.Summary} ({historicalEvent.AssertedBy?.Name}, {historicalEvent.Certainty.ToText()})");
}

Console.WriteLine();
Console.WriteLine("Background (not from the article)");
foreach (var (name, background) in Places.All.Select(p => (p.Name, p.Background)).Concat(Organisations.All.Select(o => (o.Name, o.Background))).Where(pair => pair.Background is not null))
{
    Console.WriteLine($"- {name}: {background}");
}

return 0;

// UK Ministry of Defence (MoD), said in "its latest intelligence update on Sunday" ("on Sunday", words only) → reported by The Independent
static string Chain(Claim claim)
{
    var asserter = claim.Attribution switch
    {
        ClaimAttribution.UnnamedConsensus => "an unnamed consensus",
        ClaimAttribution.Publisher => $"{claim.AssertedBy?.Name} (its own reporting)",
        _ => claim.AssertedBy?.Name ?? "a named source",
    };
    var said = claim.SaidIn is { } appearance
        ? $", said in \"{appearance.AsWritten}\" ({Resolved(appearance, claim.AppearsIn.Published) ?? When(appearance.When.Date, appearance.When.AsWritten, appearance.When.Known.ToText())})"
        : claim.Attribution == ClaimAttribution.Publisher ? ", in the article" : ", when and where not stated";
    var reported = string.Concat(claim.ReportedBy.Select(reporter => $" → reported by {reporter.Name}"));
    return asserter + said + reported;
}

// "on Sunday" is a day only against the article's publication date: the last such day on or before it, said to
// be resolved that way. Without a publication date (this article's text gives none) it stays words only.
static string? Resolved(Appearance appearance, PartialDate? published)
{
    var words = appearance.When.AsWritten.Split(' ');
    if (appearance.When.Date is not null || published is not { Month: { } month, Day: { } day } publishedOn || words is not ["on", var weekday] || !Enum.TryParse<DayOfWeek>(weekday, out var dayOfWeek))
    {
        return null;
    }

    var date = new DateOnly(publishedOn.Year, month, day);
    while (date.DayOfWeek != dayOfWeek)
    {
        date = date.AddDays(-1);
    }

    return $"{date:yyyy-MM-dd}, \"{appearance.When.AsWritten}\", resolved against the publication date {publishedOn}";
}

static string When(PartialDate? date, string asWritten, string known) =>
    date is { } value ? $"{value}, \"{asWritten}\", {known}" : $"\"{asWritten}\", {known}";

static void PrintPlace(Place place)
{
    Console.WriteLine($"{place.Name} ({place.Kind.ToText()}), written at {place.Provenance}");
    if (place.PartOf is { } parent)
    {
        Console.WriteLine($"Part of: {parent.Name}");
    }

    if (place.OtherNames.Count > 0)
    {
        Console.WriteLine($"Also called: {string.Join(", ", place.OtherNames)}");
    }

    foreach (var claim in Claims.ByAbout(place))
    {
        Console.WriteLine($"- {claim.Statement} ({Chain(claim)}; {claim.Certainty.ToText()})");
    }

    foreach (var historicalEvent in HistoricalEvents.ByPlaces(place))
    {
        Console.WriteLine($"- {historicalEvent.When.AsWritten}: {historicalEvent.Summary}");
    }
}
