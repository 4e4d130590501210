using FactbookApp.Content;

// Books.All, Books.Emma and book.Author are generated from content/*.yaml at compile time.
foreach (var book in Books.All)
{
    Console.WriteLine($"{book.Title} ({book.Year}), by {book.Author.Name}");
}

Console.WriteLine($"{Books.Emma.Title} is a {Books.Emma.Genre.ToText()}.");
