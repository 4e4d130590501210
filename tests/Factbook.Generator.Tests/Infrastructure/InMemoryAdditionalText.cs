using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>An additional file that lives in memory, as the IDE hands the generator an unsaved buffer.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text);
}
