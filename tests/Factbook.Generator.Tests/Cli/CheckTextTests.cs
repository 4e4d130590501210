using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Factbook.Cli;
using static Factbook.Generator.Tests.Infrastructure.QuoteContent;

namespace Factbook.Generator.Tests.Cli;

/// <summary>
/// <c>factbook check --text</c> given odd paths, each once mishandled (found by an outside review): the same text twice,
/// a YAML file, a content file, a folder, a named pipe.
/// </summary>
public sealed class CheckTextTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-review-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string WriteContent()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "content"));
        File.WriteAllText(Path.Combine(_folder, "content", "q.schema.yaml"), QuoteContent.Schema);
        File.WriteAllText(Path.Combine(_folder, "content", "sources.yaml"), QuoteContent.Sources());
        File.WriteAllText(Path.Combine(_folder, "content", "quotes.yaml"), QuoteContent.Quotes("First line."));
        File.WriteAllText(Path.Combine(_folder, "book.txt"), Text);
        return Path.Combine(_folder, "content");
    }

    private static (int Exit, string Output, string Error) Cli(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void CheckGivenTheSameTextTwiceDoesNotCallItAmbiguous()
    {
        // --text book.txt --text book.txt (or ./book.txt and book.txt, or a shell glob that overlaps) is one
        // file: FB0046 lists the same path twice, and FB0045 says the text is not given at all.
        var content = WriteContent();
        var text = Path.Combine(_folder, "book.txt");

        var (exit, output, _) = Cli("check", content, "--text", text, "--text", text);

        Assert.Equal((CliApp.Success, "2 entries in 2 collections: 0 errors, 0 warnings"), (exit, output.Trim()));
    }

    [Fact]
    public void CheckDoesNotReadAYamlTextAsContent()
    {
        // A YAML file given with --text is silently merged into the content: its entries are counted (and could
        // shadow or duplicate the real ones), and the quotes are still "not checked".
        var content = WriteContent();
        var other = Path.Combine(_folder, "other.yaml");
        File.WriteAllText(other, "sources:\n  - id: extra\n    text: book.txt\n");

        var (_, output, _) = Cli("check", content, "--text", other);

        Assert.DoesNotContain("3 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckGivenAContentFileAsTheTextIsNotAnInternalError()
    {
        var content = WriteContent();

        var (_, output, error) = Cli("check", content, "--text", Path.Combine(content, "sources.yaml"));

        Assert.DoesNotContain("FB0999", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSaysATextThatIsAFolderIsAFolder()
    {
        // "Access to the path '...' is denied" sends the user to fix permissions that are fine.
        var content = WriteContent();

        var (exit, _, error) = Cli("check", content, "--text", _folder);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Contains("folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDoesNotHangOnATextThatIsAPipe()
    {
        // File.ReadAllText on a FIFO blocks until something writes to it (and /dev/zero never ends); the content
        // folder's own files go through FileTypes, the --text files do not.
        Assert.SkipWhen(OperatingSystem.IsWindows(), "mkfifo");
        var content = WriteContent();
        var fifo = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var check = Task.Run(() => Cli("check", content, "--text", fifo), TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)) == check;
        if (!finished)
        {
            // Release the blocked reader so the test run can end.
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            await check;
        }

        Assert.True(finished, "factbook check --text <fifo> was still reading after 5 seconds");
        Assert.Equal(CliApp.CannotRun, (await check).Exit);
    }
}
