-- A phone written "+31 (0)6 12345678" was keyed "+3106..." while every other way of writing that number is keyed
-- "+316...": the same person offered twice went unnoticed, and an erasure or access request by phone missed it.
-- Keys are now made without the written trunk zero; the keys made before are put right.
update candidate_person set phone_key = '+31' || substr(phone_key, 5) where phone_key like '+310%';
