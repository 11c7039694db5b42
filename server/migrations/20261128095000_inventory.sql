-- Inventory and recalls: what the treatment-room migration left to the stock itself.

-- Stock movements are the history of every quantity change: corrected by a new movement,
-- never edited or removed.
CREATE TRIGGER stock_movement_append_only
  BEFORE UPDATE OR DELETE ON stock_movement
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();
CREATE TRIGGER stock_movement_no_truncate
  BEFORE TRUNCATE ON stock_movement
  FOR EACH STATEMENT EXECUTE FUNCTION consent_record_no_truncate();

-- A recall of an anaesthetic, glide medium or topical lot finds its sessions as a cartridge
-- lot's are found (session_cartridge_lot_idx): by one index scan each.
CREATE INDEX session_anaesthetic_lot_idx ON session_anaesthetic (lot_id, session_id) WHERE lot_id IS NOT NULL;
CREATE INDEX session_topical_lot_idx ON session_topical (lot_id, session_id) WHERE lot_id IS NOT NULL;

-- A recalled lot can no longer be charted, whichever code path tries: the charting service
-- refuses first with a sentence for the room; this is the backstop for a recall made while a
-- chart was being written (check_violation, which the API reports as a refused value).
CREATE FUNCTION stock_lot_not_recalled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.lot_id IS NOT NULL AND EXISTS (SELECT 1 FROM recall WHERE lot_id = NEW.lot_id) THEN
    RAISE EXCEPTION 'lot % is recalled and can no longer be used', NEW.lot_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'stock_lot_not_recalled';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER session_cartridge_lot_not_recalled BEFORE INSERT OR UPDATE OF lot_id ON session_cartridge
  FOR EACH ROW EXECUTE FUNCTION stock_lot_not_recalled();
CREATE TRIGGER session_anaesthetic_lot_not_recalled BEFORE INSERT OR UPDATE OF lot_id ON session_anaesthetic
  FOR EACH ROW EXECUTE FUNCTION stock_lot_not_recalled();
CREATE TRIGGER session_topical_lot_not_recalled BEFORE INSERT OR UPDATE OF lot_id ON session_topical
  FOR EACH ROW EXECUTE FUNCTION stock_lot_not_recalled();
