using System;
using System.Linq;
using FactSheet.Content;

// Prints the article's fact sheet from generated members only. With a place id as argument
// (`dotnet run --project samples/FactSheet -- kaliningrad`) it prints that place's sheet instead.
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
    Console.WriteLine($"- {claim.Statement}");
    Console.WriteLine($"    source: {claim.Source.Name}; confidence: {claim.Hedge.ToText()}; said: {Said(claim)}");
    if (claim.Quantity is { } quantity)
    {
        var within = quantity.Within is null ? "" : $" within {quantity.Within}";
        Console.WriteLine($"    number: {quantity.Qualifier.ToText()} {quantity.Count} {quantity.Of}{within}");
    }

    foreach (var quote in Quotes.BySupports(claim))
    {
        Console.WriteLine($"    quote: \"{quote.Text}\" ({quote.Speaker.Name})");
    }
}

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
    var when = historicalEvent.DateNote ?? historicalEvent.Date?.ToString() ?? "undated";
    Console.WriteLine($"- {when}: {historicalEvent.Summary}");
}

return 0;

static string Said(Claim claim) =>
    string.Join(", ", new[] { claim.SaidOn?.ToString(), claim.SaidIn }.Where(part => part is not null).DefaultIfEmpty("when and where not stated"));

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
        Console.WriteLine($"- {claim.Statement} ({claim.Source.Name}, {claim.Hedge.ToText()})");
    }

    foreach (var historicalEvent in HistoricalEvents.ByPlaces(place))
    {
        Console.WriteLine($"- {historicalEvent.DateNote ?? "undated"}: {historicalEvent.Summary}");
    }
}
