using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>A minimal service database: one business table on each side plus the outbox and inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteReceipt> Receipts => Set<NoteReceipt>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<NoteReceipt>(receipt =>
        {
            receipt.ToTable("note_receipts");
            receipt.HasKey(r => r.NoteId);
        });
        modelBuilder.AddOutboxAndInbox().UseSnakeCaseColumns();
    }
}
